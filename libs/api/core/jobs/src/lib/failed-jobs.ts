import { namedQuery } from '@pnyx/api/core/database';
import { keysetQuery, toConnection, type ConnectionOf, type KeysetSpec } from '@pnyx/api/core/graphql';
import type { DataSource } from 'typeorm';

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

/**
 * Permanently failed jobs: `attempts >= max_attempts`, not running, with an
 * error. The payload is only in graphile-worker's private jobs table (its
 * public `jobs` view leaves it out), so this is the one place that reads it.
 * When a job fails, graphile-worker 0.17 moves `run_at` to
 * greatest(now(), run_at) + exp(least(attempts, 10)) s and touches no other
 * time column; subtracting that backoff gives the time of the last failure.
 */
export class FailedJobs {
  constructor(private readonly dataSource: DataSource) {}

  async list(task: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<FailedJob>> {
    const page = keysetQuery(NEWEST_FIRST, first, after);
    const rows = await namedQuery<FailedJobRow>(
      this.dataSource.manager,
      `SELECT j.id, lpad(j.id::text, 19, '0') AS sort_key, j.payload, j.attempts, j.last_error, j.key,
              j.run_at - exp(least(j.attempts, 10)) * interval '1 second' AS failed_at
         FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = :task AND j.attempts >= j.max_attempts AND j.locked_at IS NULL AND j.last_error IS NOT NULL
          AND ${page.where}
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

  async retry(task: string, jobId: string): Promise<boolean> {
    if (!/^\d{1,18}$/.test(jobId)) return false;
    const rows = await this.dataSource.query(
      `SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(
         SELECT j.id FROM graphile_worker.jobs j
          WHERE j.id = $1::bigint AND j.task_identifier = $2 AND j.attempts >= j.max_attempts AND j.locked_at IS NULL AND j.last_error IS NOT NULL
       ), run_at => now(), attempts => 0)`,
      [jobId, task],
    );
    return rows.length > 0;
  }
}
