import { Injectable } from '@nestjs/common';
import { namedQuery, type Tx } from '@pnyx/api/core/database';
import { DataSource } from 'typeorm';
import type { KeyClaim } from './idempotency-context';

/** How long a key protects its request; after that the same key is new again. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
const LIVE = `created_at >= now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;

/** A stored key as a retry sees it. */
export interface StoredKey {
  fingerprint: string;
  /** The response body as sent (parsed), or null while none is stored. */
  response: Record<string, unknown> | null;
}

/**
 * The only SQL on `idempotency_key`. Outside a transaction it always uses
 * the primary (not TransactionRunner.reader, which may route to a replica):
 * a retry must see the key its first attempt committed a moment ago.
 */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get primary(): Tx {
    return this.dataSource.manager;
  }

  /** The user's live (under 24 h old) key, read outside any transaction. */
  async find(userId: string, key: string): Promise<StoredKey | null> {
    const rows = await namedQuery<StoredKey>(
      this.primary,
      `SELECT fingerprint, response FROM idempotency_key WHERE user_id = :userId AND key = :key AND ${LIVE}`,
      { userId, key },
    );
    return rows[0] ?? null;
  }

  /**
   * Writes the key in the caller's transaction; false when a live row is
   * there already (a concurrent insert is waited for: whichever commits first
   * wins). An expired row with the same key is taken over, so expiry does not
   * depend on when the cleanup last ran.
   */
  async insertIn(tx: Tx, claim: KeyClaim): Promise<boolean> {
    const rows = await namedQuery<{ key: string }>(
      tx,
      `INSERT INTO idempotency_key (user_id, key, fingerprint) VALUES (:userId, :key, :fingerprint)
       ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, created_at = now(), response = NULL
       WHERE idempotency_key.created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})
       RETURNING key`,
      { userId: claim.userId, key: claim.key, fingerprint: claim.fingerprint },
    );
    return rows.length === 1;
  }

  /** The fingerprint of the row that took the key (inside the transaction that lost it). */
  async fingerprintIn(tx: Tx, claim: KeyClaim): Promise<string | null> {
    const rows = await namedQuery<{ fingerprint: string }>(tx, `SELECT fingerprint FROM idempotency_key WHERE user_id = :userId AND key = :key`, {
      userId: claim.userId,
      key: claim.key,
    });
    return rows[0]?.fingerprint ?? null;
  }

  /** Stores the response body (JSON text, kept as sent) on the key its request wrote. */
  async storeResponse(claim: KeyClaim, body: string): Promise<void> {
    await namedQuery(
      this.primary,
      `UPDATE idempotency_key SET response = CAST(:body AS json)
        WHERE user_id = :userId AND key = :key AND fingerprint = :fingerprint AND response IS NULL`,
      { userId: claim.userId, key: claim.key, fingerprint: claim.fingerprint, body },
    );
  }

  /** Deletes up to `limit` keys older than 24 h, oldest first, in one short statement. Returns how many. */
  async deleteExpired(limit: number): Promise<number> {
    const rows = await namedQuery<{ deleted: number }>(
      this.primary,
      `WITH d AS (
         DELETE FROM idempotency_key WHERE (user_id, key) IN (
           SELECT user_id, key FROM idempotency_key
            WHERE created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})
            ORDER BY created_at LIMIT :limit)
         RETURNING 1)
       SELECT count(*)::int AS deleted FROM d`,
      { limit },
    );
    return rows[0]?.deleted ?? 0;
  }
}
