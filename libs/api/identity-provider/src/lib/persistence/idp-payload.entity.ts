import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * oidc-provider's persisted artefacts (sessions, interactions, grants,
 * authorization codes, refresh tokens, ...), one row per model instance.
 * Expired rows are ignored on read and deleted lazily.
 */
@Entity({ name: 'idp_payload' })
@Index('idx_idp_payload_grant_id', ['grantId'])
@Index('idx_idp_payload_uid', ['uid'])
@Index('idx_idp_payload_user_code', ['userCode'])
@Index('idx_idp_payload_expires_at', ['expiresAt'])
export class IdpPayloadEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** oidc-provider's model name, e.g. `Session`, `RefreshToken`. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', name: 'grant_id', nullable: true })
  grantId!: string | null;

  @Column({ type: 'text', nullable: true })
  uid!: string | null;

  @Column({ type: 'text', name: 'user_code', nullable: true })
  userCode!: string | null;

  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'consumed_at', nullable: true })
  consumedAt!: Date | null;
}
