import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One Idempotency-Key a user sent with a mutation, written in the same
 * transaction as the mutation's write (so both exist or neither), with the
 * response once it was built. Kept 24 hours (see idempotency-cleanup.ts).
 * `response` is `json`, not `jsonb`: json keeps the text as sent, so a replay
 * has its fields in the order of the selection set, byte for byte.
 */
@Entity({ name: 'idempotency_key' })
@Index('idempotency_key_created_at_idx', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** sha256 (hex) of operation name, query text and canonical variables. */
  @Column({ type: 'text' })
  fingerprint!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The response body as sent; null until stored (and for good when the process died in between). */
  @Column({ type: 'json', nullable: true })
  response!: unknown;
}
