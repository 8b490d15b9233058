import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

export type IdpKeyPurpose = 'signing' | 'cookie';

/**
 * Keys of the embedded identity provider, generated once and shared by every
 * process using the database: RSA signing keys (private JWK, published through
 * the JWKS) and cookie signing secrets (an `oct` JWK). Newest first wins.
 */
@Entity({ name: 'idp_key' })
@Index('idx_idp_key_purpose', ['purpose', 'createdAt'])
export class IdpKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid!: string;

  @Column({ type: 'text' })
  purpose!: IdpKeyPurpose;

  @Column({ type: 'jsonb', name: 'private_jwk' })
  privateJwk!: JWK;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
