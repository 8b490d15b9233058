import { Logger } from '@nestjs/common';
import type pg from 'pg';

/** What `DeadRunners` needs to know and do; JobQueue provides it. */
export interface DeadRunnerSettings {
  /** A runner silent this long is dead; its jobs locked at least this long go back to the queue. */
  deadAfterMs: number;
  /** This process's runner id (graphile-worker's worker pool id), once its runner has started. */
  runnerId(): string | null;
}

/**
 * graphile-worker frees the jobs of a runner that died without shutting down
 * only after 4 hours, so a killed replica's locked jobs (its batch of event
 * deliveries: feed, search, notifications) would wait that long. Each
 * process says it is alive (`job_runner_heartbeat`, every third of
 * `deadAfterMs`) and, as often, unlocks the jobs and queues of runners that
 * went quiet, in one statement — what graphile-worker's own
 * `forceUnlockWorkers` does, for the runners the statement finds dead. A job
 * freed so runs again elsewhere: at least once, which every task here
 * already tolerates (consumers are idempotent per event, closes per proposal).
 */
export class DeadRunners {
  private readonly logger = new Logger('DeadRunners');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** Jobs handed back since start (tests, logs). */
  freed = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly settings: DeadRunnerSettings,
  ) {}

  start(): void {
    if (this.timer) return;
    const every = Math.max(1_000, Math.floor(this.settings.deadAfterMs / 3));
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    void this.tick();
  }

  /** Stops beating and removes this runner's row (its jobs were released by the graceful shutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    const id = this.settings.runnerId();
    if (id) await this.pool.query('DELETE FROM job_runner_heartbeat WHERE runner_id = $1', [id]).catch(() => undefined);
  }

  /** One beat and one sweep; never overlaps itself, never throws (the database may be away). */
  tick(): Promise<void> {
    this.running ??= this.beatAndSweep()
      .catch((error: unknown) => this.logger.warn(`Heartbeat or sweep failed (retrying): ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async beatAndSweep(): Promise<void> {
    const id = this.settings.runnerId();
    if (id) {
      await this.pool.query(
        `INSERT INTO job_runner_heartbeat (runner_id, seen_at) VALUES ($1, now()) ON CONFLICT (runner_id) DO UPDATE SET seen_at = now()`,
        [id],
      );
    }
    const { rows } = await this.pool.query<{ runners: string[] | null; jobs: number }>(DEAD_RUNNERS, [`${this.settings.deadAfterMs} milliseconds`]);
    const runners = rows[0]?.runners ?? [];
    if (runners.length === 0) return;
    await this.pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [runners]);
    await this.pool.query(`DELETE FROM job_runner_heartbeat WHERE runner_id = ANY($1::text[]) OR seen_at < now() - interval '1 day'`, [runners]);
    const freed = rows[0]?.jobs ?? 0;
    this.freed += freed;
    this.logger.warn(`Freed ${freed} job(s) locked by runner(s) that stopped without shutting down: ${runners.join(', ')}`);
  }
}

/**
 * Runners holding a job or queue lock for longer than $1 without a heartbeat
 * as recent, and how many jobs they hold (graphile-worker 0.17's private
 * tables; its own `force_unlock_workers` then clears the locks). A lock
 * younger than $1 is never a sign of death, so a runner that has just started
 * and not yet beaten keeps its jobs.
 */
const DEAD_RUNNERS = `
WITH locks AS (
  SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
  UNION ALL
  SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL
), dead AS (
  SELECT array_agg(DISTINCT l.locked_by) AS runners FROM locks l
   WHERE l.locked_at < now() - CAST($1 AS interval)
     AND NOT EXISTS (SELECT 1 FROM job_runner_heartbeat h WHERE h.runner_id = l.locked_by AND h.seen_at >= now() - CAST($1 AS interval))
)
SELECT d.runners, (SELECT count(*) FROM graphile_worker._private_jobs j WHERE j.locked_by = ANY(d.runners))::int AS jobs FROM dead d`;
