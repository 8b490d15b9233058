import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The head of the audit chain at one moment: the newest row's id and hash and
 * how many rows lead up to it. A tail deleted behind the audit log's trigger
 * no longer contains a checkpoint's row, so verification sees it. Append-only
 * like the log (a trigger, see the migration); each checkpoint is also
 * written to the logs, outside the database.
 */
@Entity({ name: 'audit_checkpoint' })
export class AuditCheckpointEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** audit_log.id of the newest row covered (no foreign key: a deleted row must be detectable, not undeletable). */
  @Column({ name: 'last_id', type: 'bigint' })
  lastId!: string;

  @Column({ name: 'last_hash', type: 'char', length: 64 })
  lastHash!: string;

  /** audit_log rows with id <= last_id. */
  @Column({ name: 'row_count', type: 'bigint' })
  rowCount!: string;

  @CreateDateColumn({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;
}
