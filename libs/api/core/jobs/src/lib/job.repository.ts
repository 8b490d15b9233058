import { namedQuery, type Tx } from '@pnyx/api/core/database';
import { keysetQuery, toConnection, type ConnectionOf, type KeysetSpec } from '@pnyx/api/core/graphql';
import type { DataSource } from 'typeorm';

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
  /** Jobs of one named queue run one at a time, in order (graphile-worker's named queues). */
  queueName?: string;
}

/** A job's payload is JSON. */
export type JobPayload = object;

/** A job that used all its attempts; graphile-worker keeps it until it is retried or removed. */
export interface FailedJob {
  id: string;
  payload: unknown;
  attempts: number;
  /** graphile-worker stores the error's message (no stack); may be several lines. */
  lastError: string | null;
  failedAt: Date;
  jobKey: string | null;
}

interface FailedJobRow {
  id: string;
  sort_key: string;
  payload: unknown;
  attempts: number;
  last_error: string | null;
  failed_at: Date;
  key: string | null;
}

// Newest first by job id. Ids are bigints; the generic keyset columns know
// int4 but not int8, so the id is compared as zero-padded text (same order).
const NEWEST_FIRST: KeysetSpec = { columns: [{ sql: `lpad(j.id::text, 19, '0')`, type: 'text' }], direction: 'DESC' };

/** Permanently failed: no attempts left, not running, and an error to show (a removed running job has none). */
const PERMANENTLY_FAILED = 'j.attempts >= j.max_attempts AND j.locked_at IS NULL AND j.last_error IS NOT NULL';

/**
 * The job queue's SQL, through graphile-worker's own functions (`add_job`,
 * `add_jobs`, `remove_job`, `reschedule_jobs`) and its `jobs` view. Runs in
 * the caller's transaction where one is given.
 */
export class JobRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(tx: Tx, task: string, payload: JobPayload, options: JobOptions): Promise<string> {
    const [{ id }] = await tx.query(
      `SELECT id FROM graphile_worker.add_job($1::text, $2::json, run_at => $3::timestamptz, max_attempts => $4::int,
                                              job_key => $5::text, job_key_mode => 'replace', queue_name => $6::text)`,
      [task, JSON.stringify(payload), options.runAt ?? null, options.maxAttempts ?? null, options.jobKey ?? null, options.queueName ?? null],
    );
    return String(id);
  }

  /** One statement for all of them. */
  async addMany(tx: Tx, task: string, jobs: readonly ({ payload: JobPayload } & JobOptions)[]): Promise<number> {
    if (!jobs.length) return 0;
    const specs = jobs.map((j) => ({ payload: j.payload, run_at: j.runAt?.toISOString() ?? null, max_attempts: j.maxAttempts ?? null, job_key: j.jobKey ?? null }));
    const [{ added }] = await tx.query(
      `SELECT count(*)::int AS added FROM graphile_worker.add_jobs(ARRAY(
         SELECT ROW($1::text, s.payload, NULL, s.run_at, s.max_attempts, s.job_key, NULL, NULL)::graphile_worker.job_spec
           FROM json_to_recordset($2::json) AS s(payload json, run_at timestamptz, max_attempts smallint, job_key text)))`,
      [task, JSON.stringify(specs)],
    );
    return added;
  }

  async remove(tx: Tx, jobKey: string): Promise<boolean> {
    const [row] = await tx.query('SELECT id FROM graphile_worker.remove_job($1::text)', [jobKey]);
    return row?.id != null;
  }

  /** Jobs of `tasks` that are running, or due (or, with `waiting`, merely not yet done). */
  async unfinished(tasks: readonly string[], waiting: boolean): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM graphile_worker.jobs
        WHERE task_identifier = ANY($1::text[]) AND (locked_at IS NOT NULL OR (attempts < max_attempts AND (run_at <= now() OR $2)))`,
      [tasks, waiting],
    );
    return count;
  }

  /** Makes every waiting (not running, not failed for good) job of `tasks` due now. */
  async runWaitingNow(tasks: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `SELECT count(*) FROM graphile_worker.reschedule_jobs(ARRAY(
         SELECT id FROM graphile_worker.jobs
          WHERE task_identifier = ANY($1::text[]) AND locked_at IS NULL AND attempts < max_attempts AND run_at > now()), run_at => now())`,
      [tasks],
    );
  }

  /**
   * The payload is only in graphile-worker's private jobs table (its public
   * `jobs` view leaves it out), so this is the one query that reads it. When
   * a job fails, graphile-worker 0.17 moves `run_at` to
   * greatest(now(), run_at) + exp(least(attempts, 10)) s and touches no other
   * time column; subtracting that backoff gives the time of the last failure.
   */
  async failed(task: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<FailedJob>> {
    const page = keysetQuery(NEWEST_FIRST, first, after);
    const rows = await namedQuery<FailedJobRow>(
      this.dataSource.manager,
      `SELECT j.id, lpad(j.id::text, 19, '0') AS sort_key, j.payload, j.attempts, j.last_error, j.key,
              j.run_at - exp(least(j.attempts, 10)) * interval '1 second' AS failed_at
         FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = :task AND ${PERMANENTLY_FAILED} AND ${page.where}
        ORDER BY ${page.orderBy}
        LIMIT ${page.limit}`,
      { ...page.params, task },
    );
    return toConnection(rows, page, (r) => [r.sort_key], (r) => ({
      id: String(r.id),
      payload: r.payload,
      attempts: r.attempts,
      lastError: r.last_error,
      failedAt: r.failed_at,
      jobKey: r.key,
    }));
  }

  /** All its attempts again, due now. False if `jobId` is not a permanently failed job of `task`. */
  async retryFailed(task: string, jobId: string): Promise<boolean> {
    if (!/^\d{1,18}$/.test(jobId)) return false;
    const rows = await this.dataSource.query(
      `SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(
         SELECT j.id FROM graphile_worker.jobs j WHERE j.id = $1::bigint AND j.task_identifier = $2 AND ${PERMANENTLY_FAILED}
       ), run_at => now(), attempts => 0)`,
      [jobId, task],
    );
    return rows.length > 0;
  }
}
