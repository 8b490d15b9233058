import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@pnyx/api/core/jobs';
import { IdempotencyKeyRepository } from './idempotency-key.repository';

export const IDEMPOTENCY_CLEANUP_TASK = 'idempotency-cleanup';
const CLEANUP_JOB_KEY = 'idempotency-cleanup';
/** The cleanup runs daily at this hour (UTC), away from the 07:00 digest. */
export const CLEANUP_HOUR_UTC = 3;
/** Rows per DELETE: each batch is one short statement, holding few locks. */
export const CLEANUP_BATCH = 1_000;
/** Batches per run at most (a million rows); a larger backlog continues at the next run. */
const CLEANUP_MAX_BATCHES = 1_000;

/** The next cleanup time after `now`: today's or tomorrow's CLEANUP_HOUR_UTC. */
export function nextCleanupAt(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), CLEANUP_HOUR_UTC));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Idempotency keys are kept 24 hours. A daily keyed job on the job queue
 * (one per deployment, whichever process schedules it) deletes older ones in
 * bounded batches and schedules the next run. A key past 24 h that the job
 * has not reached yet is already treated as unused (the repository checks
 * the age), so the schedule decides only how long rows linger.
 */
@Injectable()
export class IdempotencyCleanup implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(IdempotencyCleanup.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly keys: IdempotencyKeyRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.define(IDEMPOTENCY_CLEANUP_TASK, async () => {
      await this.run();
    });
  }

  /** Every process makes sure the next cleanup is scheduled (a keyed job: the same time whoever adds it). */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.add(IDEMPOTENCY_CLEANUP_TASK, {}, { runAt: nextCleanupAt(new Date()), jobKey: CLEANUP_JOB_KEY });
  }

  /** Deletes expired keys batch by batch, then schedules tomorrow's run. Returns how many were deleted. */
  async run(): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < CLEANUP_MAX_BATCHES; batch++) {
      const count = await this.keys.deleteExpired(CLEANUP_BATCH);
      deleted += count;
      if (count < CLEANUP_BATCH) break;
    }
    if (deleted) this.logger.log(`Deleted ${deleted} expired idempotency key(s)`);
    await this.jobs.add(IDEMPOTENCY_CLEANUP_TASK, {}, { runAt: nextCleanupAt(new Date(Date.now() + 60_000)), jobKey: CLEANUP_JOB_KEY });
    return deleted;
  }
}
