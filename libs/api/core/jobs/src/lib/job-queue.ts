import { AsyncResource } from 'node:async_hooks';
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
import { run, runMigrations, type JobHelpers, type Runner, type TaskList, type WorkerEvents, type WorkerPool } from 'graphile-worker';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { DeadRunners } from './dead-runners';
import { workerLogger } from './job-log';
import { observedRun, type JobRunObserver } from './job-runs';
import { JobRepository, type FailedJob, type JobOptions, type JobPayload } from './job.repository';

/** Any fixed number: one process at a time installs or upgrades the `graphile_worker` schema. */
const JOBS_SCHEMA_LOCK = 7_240_004;
/** How long shutdown waits for running jobs before failing them (they are retried, here or elsewhere). */
const SHUTDOWN_GRACE_MS = 10_000;

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  jobKey: string | null;
  /** Aborted when the process shuts down while the job still runs. */
  signal: AbortSignal;
}

export type JobHandler<P extends JobPayload = JobPayload> = (payload: P, ctx: JobContext) => Promise<void> | void;

export interface SettleOptions {
  /** Which tasks to wait for; default every task defined in this process. */
  tasks?: readonly string[];
  /** Run every waiting job of `tasks` now — retries without their backoff, scheduled ones early (tests, `drain`). */
  retryNow?: boolean;
  /** Give up (throw) after this long; default 60 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Background jobs on graphile-worker: tasks defined by name, jobs added now
 * or inside the caller's transaction (they commit or roll back with its
 * write), keyed jobs that exist once, retries with exponential backoff
 * (exp(min(attempt, 10)) s), and permanently failed jobs kept for inspection.
 *
 * The queue lives in the `graphile_worker` schema, which graphile-worker
 * installs and upgrades itself (not a TypeORM migration); this process does
 * that in onModuleInit under an advisory lock, starts the runner on
 * bootstrap on its own small pool, and stops it before the pools close. New
 * jobs wake workers through LISTEN/NOTIFY on a PostgreSQL server; workers
 * also poll (JOBS_POLL_INTERVAL_MS), which is how they find work on the
 * embedded PostgreSQL, where notifications do not cross connections.
 *
 *     onModuleInit() { this.jobs.define('close-proposal', (p: { id: string }) => this.proposals.close(p.id)); }
 *     await this.jobs.addIn(uc.tx, 'close-proposal', { id }, { runAt: closesAt, jobKey: `close-proposal:${id}` });
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  /** Handed to graphile-worker by reference: a task defined after start is picked up on the next poll. */
  private readonly tasks: TaskList = {};
  private readonly runObservers: JobRunObserver[] = [];
  private readonly events: WorkerEvents = new EventEmitter();
  /** Nudged workers run in this boot-time async context, not in the request that happened to nudge them. */
  private readonly workerContext = new AsyncResource('pnyx-jobs');
  private readonly repository: JobRepository;
  private pool: pg.Pool | null = null;
  private installed: Promise<void> | null = null;
  private schemaReady = false;
  private starting: Promise<void> | null = null;
  private runner: Runner | null = null;
  private workerPool: WorkerPool | null = null;
  private deadRunners: DeadRunners | null = null;
  private bootstrapped = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.repository = new JobRepository(dataSource);
    this.events.on('pool:create', ({ workerPool }) => (this.workerPool = workerPool));
  }

  /** Defines what a task does, once per name. Define tasks in `onModuleInit`. */
  define<P extends JobPayload>(task: string, handler: JobHandler<P>): void {
    if (this.tasks[task]) throw new Error(`Job task "${task}" is defined twice`);
    this.tasks[task] = (payload: unknown, helpers: JobHelpers) =>
      observedRun(task, helpers.job.attempts >= helpers.job.max_attempts, this.runObservers, () =>
        handler(payload as P, {
          jobId: helpers.job.id,
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
          jobKey: helpers.job.key,
          signal: helpers.abortSignal ?? new AbortController().signal,
        }),
      );
    if (this.bootstrapped && !this.starting) void this.start();
  }

  /** The runner's own connection pool (null before onModuleInit): its use is reported with the database pools. */
  get runnerPool(): pg.Pool | null {
    return this.pool;
  }

  /** Tells `observer` of every job run from now on (see job-runs.ts). */
  observeRuns(observer: JobRunObserver): void {
    this.runObservers.push(observer);
  }

  /** Adds a job at once (its own statement). Returns the job id. */
  async add(task: string, payload: JobPayload, options: JobOptions = {}): Promise<string> {
    this.assertInstalled();
    const id = await this.repository.add(this.dataSource.manager, task, payload, options);
    this.nudge();
    return id;
  }

  /**
   * Adds a job inside the caller's transaction: it exists only if that
   * transaction commits. Workers on a server are woken at commit; on the
   * embedded database they find it by polling (or call `nudge()` after commit).
   */
  addIn(tx: Tx, task: string, payload: JobPayload, options: JobOptions = {}): Promise<string> {
    this.assertInstalled();
    return this.repository.add(tx, task, payload, options);
  }

  /** Adds many jobs of one task inside the caller's transaction, in one statement. Returns how many. */
  addManyIn(tx: Tx, task: string, jobs: readonly ({ payload: JobPayload } & JobOptions)[]): Promise<number> {
    this.assertInstalled();
    return this.repository.addMany(tx, task, jobs);
  }

  /** Cancels the keyed job (a running one finishes but is not retried). True if there was one. */
  remove(jobKey: string): Promise<boolean> {
    return this.removeIn(this.dataSource.manager, jobKey);
  }

  removeIn(tx: Tx, jobKey: string): Promise<boolean> {
    this.assertInstalled();
    return this.repository.remove(tx, jobKey);
  }

  /** Wakes idle workers of this process (after a commit that added jobs). */
  nudge(count = 1): void {
    const pool = this.workerPool;
    if (pool && !this.stopped) this.workerContext.runInAsyncScope(() => pool.nudge(Math.max(1, count)));
  }

  /**
   * Waits until no job of `tasks` is due or running, whichever process's
   * workers run them (jobs waiting for a retry later do not count unless
   * `retryNow`). For tests and `OutboxRelay.drain()`.
   */
  async settle(options: SettleOptions = {}): Promise<void> {
    const tasks = options.tasks ?? Object.keys(this.tasks);
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (let round = 0; ; round++) {
      if (options.retryNow) await this.repository.runWaitingNow(tasks);
      // With retryNow a job that just failed (its retry scheduled later) still counts: the next round pulls it forward.
      const unfinished = await this.repository.unfinished(tasks, options.retryNow === true);
      if (unfinished === 0) return;
      if (Date.now() > deadline) throw new Error(`Jobs of ${tasks.join(', ')} did not settle: ${unfinished} still due or running`);
      this.nudge(unfinished);
      await sleep(Math.min(10 * 2 ** round, 100));
    }
  }

  /** Permanently failed jobs of `task`, newest first (keyset-paginated). */
  failedJobs(task: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<FailedJob>> {
    return this.repository.failed(task, first, after);
  }

  /** Gives a permanently failed job of `task` all its attempts again, now. False if there is no such job. */
  async retryFailed(task: string, jobId: string): Promise<boolean> {
    const retried = await this.repository.retryFailed(task, jobId);
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

  async onApplicationBootstrap(): Promise<void> {
    this.bootstrapped = true;
    if (Object.keys(this.tasks).length) await this.start();
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
        this.logger.warn(`Jobs still running ${SHUTDOWN_GRACE_MS} ms into shutdown; failing them so they are retried`);
        await runner.kill().catch(() => undefined);
      }
    }
    await this.deadRunners?.stop();
    await this.pool?.end().catch(() => undefined);
  }

  /** Jobs this process handed back from runners that died (tests). */
  get freedFromDeadRunners(): number {
    return this.deadRunners?.freed ?? 0;
  }

  private install(): Promise<void> {
    this.installed ??= (async () => {
      const pool = this.createPool();
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [JOBS_SCHEMA_LOCK]);
        await runMigrations({ pgPool: pool, logger: workerLogger(this.logger), noPreparedStatements: true });
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
        logger: workerLogger(this.logger),
        events: this.events,
        // Fetch jobs in batches for the workers, and complete those finished in the same tick in one statement:
        // about twice the throughput (tools/bench/relay-bench.mjs). Jobs waiting in this local queue are
        // locked to this process; they go back to the database at shutdown.
        preset: { worker: { localQueue: { size: this.config.jobs.concurrency * 4 }, completeJobBatchDelay: 0 } },
      });
      runner.promise.catch((error: unknown) => this.logger.error(`Job runner stopped: ${String(error)}`));
      this.runner = runner;
      this.deadRunners = new DeadRunners(this.pool as pg.Pool, {
        deadAfterMs: this.config.jobs.deadRunnerAfterMs,
        runnerId: () => this.workerPool?.id ?? null,
      });
      this.deadRunners.start();
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

  private assertInstalled(): void {
    if (!this.schemaReady) throw new Error('JobQueue used before the application initialised (the graphile_worker schema is installed in onModuleInit)');
  }
}
