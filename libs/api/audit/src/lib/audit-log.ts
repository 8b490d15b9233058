import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type JsonObject, type Tx } from '@pnyx/api/core/database';
import type { AuditEntryEntity } from './audit-entry.entity';
import { GENESIS_HASH, auditHash } from './audit-hash';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  spaceId?: string | null;
  data?: JsonObject;
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  /** The first row whose hash or link does not match (or that follows a gap). */
  firstBrokenId: string | null;
}

/** Any fixed number: appends are serialised so the chain has one order. */
const AUDIT_LOCK = 7_240_003;
const VERIFY_BATCH = 1_000;

/** Append-only, hash-chained audit log. Writes join the caller's transaction. */
@Injectable()
export class AuditLog {
  constructor(private readonly tx: TransactionRunner) {}

  async record(tx: Tx, record: AuditRecord): Promise<void> {
    // Its own statement: the next one must take its snapshot after the lock is held, or it could miss the holder's row.
    await namedQuery(tx, 'SELECT pg_advisory_xact_lock(:lock)', { lock: AUDIT_LOCK });
    const [last] = await namedQuery<{ hash: string }>(tx, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const prevHash = last?.hash ?? GENESIS_HASH;
    const content = {
      occurredAt: new Date(),
      actorId: record.actorId,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      spaceId: record.spaceId ?? null,
      data: record.data ?? {},
    };
    await namedQuery(
      tx,
      `INSERT INTO audit_log (occurred_at, actor_id, action, subject_type, subject_id, space_id, data, prev_hash, hash)
       VALUES (:occurredAt, :actorId, :action, :subjectType, :subjectId, :spaceId, :data, :prevHash, :hash)`,
      { ...content, prevHash, hash: auditHash(prevHash, content) },
    );
  }

  /** Walks the whole chain in id order and recomputes every hash. */
  async verify(): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let afterId = '0';
    for (;;) {
      const rows = await namedQuery<AuditEntryEntity>(
        this.tx.reader,
        `SELECT a.id, a.occurred_at AS "occurredAt", a.actor_id AS "actorId", a.action, a.subject_type AS "subjectType",
                a.subject_id AS "subjectId", a.space_id AS "spaceId", a.data, a.prev_hash AS "prevHash", a.hash
           FROM audit_log a WHERE a.id > CAST(:afterId AS bigint) ORDER BY a.id LIMIT :limit`,
        { afterId, limit: VERIFY_BATCH },
      );
      for (const row of rows) {
        if (row.prevHash !== prevHash || auditHash(prevHash, row) !== row.hash) {
          return { intact: false, checked, firstBrokenId: row.id };
        }
        prevHash = row.hash;
        checked++;
      }
      if (rows.length < VERIFY_BATCH) return { intact: true, checked, firstBrokenId: null };
      afterId = rows[rows.length - 1].id;
    }
  }
}
