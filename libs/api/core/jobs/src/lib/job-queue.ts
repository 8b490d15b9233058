import { EventEmitter } from 'node:events';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import type { Tx } from '@pnyx/api/core/database';
import type { ConnectionOf } from '@pnyx/api/core/graphql';
import { run, runMigrations, type JobHelpers, type Runner, type Task, type TaskList, type WorkerEvents, type WorkerPool } from 'graphile-worker';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { workerLogger } from './job-log';
import { FailedJobs, type FailedJob } from './failed-jobs';

/** Any fixed number: one process at a time installs or upgrades the `graphile_worker` schema. */
const JOBS_SCHEMA_LOCK = 7_240_003;
/** How long shutdown waits for running jobs before failing them (they are retried elsewhere). */
const SHUTDOWN_GRACE_MS = 10_000;

export interface JobOptions {
  /** When it runs; default now. */
  runAt?: Date;
  /**
   * A keyed job exists once: adding the same key again replaces it (payload,
   * time, attempts reset — "move the close of proposal X"); `remove(key)`
   * cancels it. A key running right now is not touched: the new one runs after.
   */
  jobKey?: string;
  /** Runs before the job is kept as permanently failed; default 25 (graphile-worker's). */
  maxAttempts?: number;
}

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  jobKey: string | null;
  /** Aborted when the process shuts down while the job still runs. */
  signal: AbortSignal;
}

/** A job's payload is JSON. */
export type JobPayload = object;
export type JobHandler<P extends JobPayload = JobPayload> = (payload: P, ctx: JobContext) => Promise<void> | void;

export interface SettleOptions {
  /** Which tasks to wait for; default every task defined in this process. */
  tasks?: readonly string[];
  /** Run jobs waiting for a retry now instead of after their backoff (tests, `drain`). */
  retryNow?: boolean;
  /** Give up (throw) after this long; default 60 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Background jobs on graphile-worker: tasks defined by name, jobs added now
 * or inside the caller's transaction (they commit or roll back with its
 * write), keyed jobs that exist once, retries with exponential backoff, and
 * permanently failed jobs kept for inspection.
 *
 * The queue lives in the `graphile_worker` schema, which graphile-worker
 * installs and upgrades itself (not a TypeORM migration); this process does
 * that at start under an advisory lock, then runs the worker on its own small
 * pool. New jobs wake workers through LISTEN/NOTIFY on a PostgreSQL server;
 * workers also poll (`JOBS_POLL_INTERVAL_MS`), which is how they find work on
 * the embedded PostgreSQL, where notifications do not cross connections.
 *
 *     onModuleInit() { this.jobs.define('close-proposal', (p: { id: string }) => this.proposals.close(p.id)); }
 *     await this.jobs.addIn(uc.tx, 'close-proposal', { id }, { runAt: closesAt, jobKey: `close-proposal:${id}` });
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly workerLog = workerLogger(this.logger);
  /** Handed to graphile-worker by reference: a task defined after start is picked up on the next poll. */
  private readonly tasks: TaskList = {};
  private readonly events: WorkerEvents = new EventEmitter();
  private readonly failed: FailedJobs;
  private pool: pg.Pool | null = null;
  private installed: Promise<void> | null = null;
  private schemaReady = false;
  private runner: Runner | null = null;
  private starting: Promise<void> | null = null;
  private workerPool: WorkerPool | null = null;
  private bootstrapped = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.failed = new FailedJobs(dataSource);
    this.events.on('pool:create', ({ workerPool }) => (this.workerPool = workerPool));
  }

  /** Defines what a task does. Define tasks in `onModuleInit`; one name, one handler. */
  define<P extends JobPayload>(task: string, handler: JobHandler<P>): void {
    if (this.tasks[task]) throw new Error(`Job task "${task}" is defined twice`);
    const run: Task = (payload, helpers: JobHelpers) =>
      handler(payload as P, {
        jobId: helpers.job.id,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        jobKey: helpers.job.key,
        signal: helpers.abortSignal ?? new AbortController().signal,
      });
    this.tasks[task] = run;
    if (this.bootstrapped && !this.runner) void this.start();
  }

  /** Adds a job now (its own statement, committed at once). Returns the job id. */
  async add(task: string, payload: JobPayload, options: JobOptions = {}): Promise<string> {
    const id = await this.insert(this.dataSource.manager, task, payload, options);
    this.nudge();
    return id;
  }

  /**
   * Adds a job inside the caller's transaction: it exists only if that
   * transaction commits. Workers on a server are woken at commit; the
   * embedded database's find it by polling (or call `nudge()` after commit).
   */
  addIn(tx: Tx, task: string, payload: JobPayload, options: JobOptions = {}): Promise<string> {
    return this.insert(tx, task, payload, options);
  }

  /** Adds many jobs of one task inside the caller's transaction, in one statement. Returns how many. */
  async addManyIn(tx: Tx, task: string, jobs: readonly ({ payload: JobPayload } & JobOptions)[]): Promise<number> {
    if (!jobs.length) return 0;
    this.assertInstalled();
    const specs = jobs.map((j) => ({ payload: j.payload, run_at: j.runAt?.toISOString() ?? null, max_attempts: j.maxAttempts ?? null, job_key: j.jobKey ?? null }));
    const [{ added }] = await tx.query(
      `SELECT count(*)::int AS added FROM graphile_worker.add_jobs(ARRAY(
         SELECT ROW($1::text, s.payload, NULL, s.run_at, s.max_attempts, s.job_key, NULL, NULL)::graphile_worker.job_spec
           FROM json_to_recordset($2::json) AS s(payload json, run_at timestamptz, max_attempts smallint, job_key text)))`,
      [task, JSON.stringify(specs)],
    );
    return added;
  }

  /** Cancels the keyed job (a running one finishes but is not retried). True if there was one. */
  async remove(jobKey: string): Promise<boolean> {
    return this.removeIn(this.dataSource.manager, jobKey);
  }

  async removeIn(tx: Tx, jobKey: string): Promise<boolean> {
    this.assertInstalled();
    const [row] = await tx.query('SELECT id FROM graphile_worker.remove_job($1::text)', [jobKey]);
    return row?.id != null;
  }

  /** Wakes idle workers of this process (after a commit that added jobs). */
  nudge(count = 1): void {
    if (!this.stopped) this.workerPool?.nudge(Math.max(1, count));
  }

  /**
   * Waits until no job of `tasks` is due or running (jobs waiting for a
   * retry later do not count unless `retryNow`). Any process's workers may
   * run them. For tests and `OutboxRelay.drain()`.
   */
  async settle(options: SettleOptions = {}): Promise<void> {
    const tasks = [...(options.tasks ?? Object.keys(this.tasks))];
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (let round = 0; ; round++) {
      if (options.retryNow) {
        await this.dataSource.query(
          `SELECT count(*) FROM graphile_worker.reschedule_jobs(ARRAY(
             SELECT id FROM graphile_worker.jobs
              WHERE task_identifier = ANY($1::text[]) AND locked_at IS NULL AND attempts < max_attempts AND run_at > now()), run_at => now())`,
          [tasks],
        );
      }
      const [{ pending }] = await this.dataSource.query(
        `SELECT count(*)::int AS pending FROM graphile_worker.jobs
          WHERE task_identifier = ANY($1::text[]) AND (locked_at IS NOT NULL OR (attempts < max_attempts AND run_at <= now()))`,
        [tasks],
      );
      if (pending === 0) return;
      if (Date.now() > deadline) throw new Error(`Jobs of ${tasks.join(', ')} did not settle: ${pending} still due or running`);
      this.nudge(pending);
      await sleep(Math.min(10 * 2 ** round, 100));
    }
  }

  /** Permanently failed jobs of `task`, newest first (keyset-paginated). */
  failedJobs(task: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<FailedJob>> {
    return this.failed.list(task, first, after);
  }

  /** Gives a permanently failed job of `task` all its attempts again, now. False if there is no such job. */
  async retryFailed(task: string, jobId: string): Promise<boolean> {
    const retried = await this.failed.retry(task, jobId);
    if (retried) this.nudge();
    return retried;
  }

  /** Resolves once the `graphile_worker` schema is installed (done in onModuleInit). */
  ready(): Promise<void> {
    return this.install();
  }

  async onModuleInit(): Promise<void> {
    await this.install();
  }

  onApplicationBootstrap(): Promise<void> {
    this.bootstrapped = true;
    return Object.keys(this.tasks).length ? this.start() : Promise.resolve();
  }

  /** Before the database pools close: stop taking jobs, let running ones finish (or fail them after a grace period). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.starting?.catch(() => undefined);
    const runner = this.runner;
    if (runner) {
      const stopping = runner.stop().catch((error: unknown) => this.logger.error(`Job runner did not stop cleanly: ${String(error)}`));
      const inTime = await Promise.race([stopping.then(() => true), sleep(SHUTDOWN_GRACE_MS).then(() => false)]);
      if (!inTime) {
        this.logger.warn(`Jobs still running after ${SHUTDOWN_GRACE_MS} ms at shutdown; failing them so they are retried`);
        await runner.kill().catch(() => undefined);
      }
    }
    await this.pool?.end().catch(() => undefined);
  }

  private install(): Promise<void> {
    this.installed ??= (async () => {
      const pool = this.createPool();
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [JOBS_SCHEMA_LOCK]);
        await runMigrations({ pgPool: pool, logger: this.workerLog, noPreparedStatements: true });
        this.schemaReady = true;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [JOBS_SCHEMA_LOCK]).catch(() => undefined);
        client.release();
      }
    })();
    return this.installed;
  }

  private start(): Promise<void> {
    this.starting ??= (async () => {
      await this.install();
      if (this.stopped) return;
      const runner = await run({
        pgPool: this.pool as pg.Pool,
        taskList: this.tasks,
        concurrency: this.config.jobs.concurrency,
        pollInterval: this.config.jobs.pollIntervalMs,
        // The embedded PostgreSQL is one session behind many connections: named prepared statements would collide.
        noPreparedStatements: true,
        // Nest handles SIGTERM and calls beforeApplicationShutdown.
        noHandleSignals: true,
        parsedCronItems: [],
        logger: this.workerLog,
        events: this.events,
      });
      runner.promise.catch((error: unknown) => this.logger.error(`Job runner stopped: ${String(error)}`));
      this.runner = runner;
    })();
    return this.starting;
  }

  private createPool(): pg.Pool {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('JobQueue needs the database URL of the TypeORM data source');
    const pool = new pg.Pool({
      connectionString: url,
      // Each worker holds a connection only while it takes or finishes a job; one more listens for new jobs.
      max: this.config.jobs.concurrency + 2,
      application_name: 'pnyx-jobs',
      connectionTimeoutMillis: this.config.db.connectTimeoutMs,
      statement_timeout: this.config.db.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    });
    pool.on('error', (error) => this.logger.warn(`Job pool connection error: ${error.message}`));
    pool.on('connect', (client) => client.on('error', (error) => this.logger.warn(`Job pool client error: ${error.message}`)));
    this.pool = pool;
    return pool;
  }

  private async insert(tx: Tx, task: string, payload: JobPayload, options: JobOptions): Promise<string> {
    this.assertInstalled();
    const [{ id }] = await tx.query(
      `SELECT id FROM graphile_worker.add_job($1::text, $2::json, run_at => $3::timestamptz, max_attempts => $4::int,
                                              job_key => $5::text, job_key_mode => 'replace')`,
      [task, JSON.stringify(payload), options.runAt ?? null, options.maxAttempts ?? null, options.jobKey ?? null],
    );
    return String(id);
  }

  private assertInstalled(): void {
    if (!this.schemaReady) throw new Error('JobQueue used before the application initialised (the graphile_worker schema is installed in onModuleInit)');
  }
}
