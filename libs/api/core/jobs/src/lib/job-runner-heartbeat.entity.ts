import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per running job runner (each API process has one worker pool):
 * it says it is alive every few seconds. Jobs locked by a runner whose row
 * went quiet were locked by a process that died (kill -9, a lost machine):
 * `DeadRunners` hands them back to the queue.
 */
@Entity('job_runner_heartbeat')
export class JobRunnerHeartbeatEntity {
  /** graphile-worker's worker pool id: what it writes into `locked_by` of the jobs it takes. */
  @PrimaryColumn({ name: 'runner_id', type: 'text' })
  runnerId!: string;

  @Index()
  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt!: Date;
}
