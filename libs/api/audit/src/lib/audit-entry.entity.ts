import type { JsonObject } from '@pnyx/api/core/database';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only audit log. `hash` = sha256 over the previous
 * row's hash and this row's content, so a changed or deleted row breaks the
 * chain. A trigger (see the migration) refuses UPDATE and DELETE.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_subject_idx', ['subjectType', 'subjectId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @Column({ type: 'jsonb' })
  data!: JsonObject;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
