import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { TransactionRunner } from '@pnyx/api/core/database';
import { JobQueue } from '@pnyx/api/core/jobs';
import { AuditCheckpointRepository, type AuditCheckpoint } from './audit-checkpoint.repository';

export const AUDIT_CHECKPOINT_TASK = 'audit-checkpoint';
/** The one recurring checkpoint job: each run schedules the next under this key. */
export const AUDIT_CHECKPOINT_JOB_KEY = 'audit-checkpoint';

type Outcome =
  | { kind: 'taken'; checkpoint: AuditCheckpoint }
  | { kind: 'unchanged' | 'empty'; checkpoint: AuditCheckpoint | null }
  | { kind: 'refused'; checkpoint: AuditCheckpoint; found: { lastId: string | null; hashAtCheckpoint: string | null } };

/**
 * Anchors the audit chain's head outside the chain: every
 * AUDIT_CHECKPOINT_INTERVAL_S a job records (newest id, its hash, rows up to
 * it, time) in the append-only `audit_checkpoint` table and as a JSON log
 * line, so a deleted tail is seen by `verifyAuditLog` (and by whoever keeps
 * the logs or an exported checkpoint) once a checkpoint covered it.
 */
@Injectable()
export class AuditCheckpoints implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(AuditCheckpoints.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define(AUDIT_CHECKPOINT_TASK, () => this.runScheduled());
  }

  /**
   * Every process makes sure the recurring job exists. Runs fall on multiples
   * of the interval since the epoch, so a process starting (and adding the
   * key again) moves the waiting job to the time it already had: restarts
   * never push checkpoints back.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleNext();
  }

  /**
   * Records the head of the chain if it moved since the last checkpoint, and
   * logs it. Refuses (and logs an error) when the last checkpoint's row is
   * gone or changed: a truncated chain is never anchored. Returns the newest
   * checkpoint (null: the log is empty, or the chain no longer matches).
   */
  async take(): Promise<AuditCheckpoint | null> {
    const outcome = await this.tx.run<Outcome>(async (tx) => {
      await this.checkpoints.lock(tx);
      const previous = await this.checkpoints.latest(tx);
      const head = await this.checkpoints.head(tx, previous?.lastId ?? null);
      if (previous && (!head || head.previousHash !== previous.hash)) {
        return { kind: 'refused', checkpoint: previous, found: { lastId: head?.lastId ?? null, hashAtCheckpoint: head?.previousHash ?? null } };
      }
      if (!head) return { kind: 'empty', checkpoint: null };
      if (previous && head.lastId === previous.lastId) return { kind: 'unchanged', checkpoint: previous };
      const checkpoint = await this.checkpoints.insert(tx, { lastId: head.lastId, hash: head.hash, rowCount: (previous?.rowCount ?? 0) + head.added });
      return { kind: 'taken', checkpoint };
    });
    if (outcome.kind === 'refused') {
      this.logger.error({ msg: 'Audit chain no longer contains its last checkpoint; no new checkpoint taken', auditCheckpoint: logged(outcome.checkpoint), found: outcome.found });
      return null;
    }
    if (outcome.kind === 'taken') this.logger.log({ msg: 'Audit checkpoint', auditCheckpoint: logged(outcome.checkpoint) });
    return outcome.checkpoint;
  }

  /** The job: the next run is scheduled whatever this one finds, so a failure waits one interval, not forever. */
  private async runScheduled(): Promise<void> {
    try {
      await this.take();
    } catch (error) {
      this.logger.error({ msg: `Audit checkpoint failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    await this.scheduleNext();
  }

  private async scheduleNext(): Promise<void> {
    const interval = this.config.audit.checkpointIntervalS * 1_000;
    const runAt = new Date((Math.floor(Date.now() / interval) + 1) * interval);
    await this.jobs.add(AUDIT_CHECKPOINT_TASK, {}, { runAt, jobKey: AUDIT_CHECKPOINT_JOB_KEY });
  }
}

function logged(checkpoint: AuditCheckpoint): Record<string, unknown> {
  return { lastId: checkpoint.lastId, hash: checkpoint.hash, rowCount: checkpoint.rowCount, at: checkpoint.at.toISOString() };
}
