import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type JsonObject, type Tx } from '@pnyx/api/core/database';
import { AuditCheckpointRepository, type AuditCheckpoint } from './audit-checkpoint.repository';
import type { AuditEntryEntity } from './audit-entry.entity';
import { GENESIS_HASH, auditHash, auditHashParts } from './audit-hash';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  spaceId?: string | null;
  data?: JsonObject;
}

/** Why a chain is broken. */
export enum AuditChainBreak {
  /** A row's content no longer hashes to its stored hash: it was changed. */
  HASH_MISMATCH = 'HASH_MISMATCH',
  /** A row does not link to the row before it: rows before it were deleted (or inserted, or reordered). */
  GAP = 'GAP',
  /** A checkpoint's row is gone: the rows from there on were deleted (perhaps with new ones appended since). */
  TRUNCATED_AFTER_CHECKPOINT = 'TRUNCATED_AFTER_CHECKPOINT',
  /** A checkpoint's row is there with another hash, or another number of rows up to it: the chain was rewritten. */
  CHECKPOINT_MISMATCH = 'CHECKPOINT_MISMATCH',
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  /** The first row whose hash or link does not match; for a checkpoint, the checkpointed row. */
  firstBrokenId: string | null;
  reason: AuditChainBreak | null;
  /** The newest checkpoint (null: none yet), for an auditor to keep offline. */
  checkpoint: AuditCheckpoint | null;
}

/** Any fixed number: appends are serialised so the chain has one order. */
const AUDIT_LOCK = 7_240_003;
const VERIFY_BATCH = 1_000;

/** Append-only, hash-chained audit log. Writes join the caller's transaction. */
@Injectable()
export class AuditLog {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly checkpoints: AuditCheckpointRepository,
  ) {}

  /**
   * Appends a row, chained to the newest. Two statements: the lock, then one
   * INSERT that reads the head and computes the row's hash in the database
   * (`auditHashParts`: the same bytes `auditHash` hashes). The INSERT is its
   * own statement so its snapshot is taken after the lock is held; fewer
   * round trips under the lock mean more audited writes per second.
   */
  async record(tx: Tx, record: AuditRecord): Promise<void> {
    await namedQuery(tx, 'SELECT pg_advisory_xact_lock(:lock)', { lock: AUDIT_LOCK });
    const content = {
      occurredAt: new Date(),
      actorId: record.actorId,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      spaceId: record.spaceId ?? null,
      data: record.data ?? {},
    };
    const { prefix, suffix } = auditHashParts(content);
    await namedQuery(
      tx,
      `INSERT INTO audit_log (occurred_at, actor_id, action, subject_type, subject_id, space_id, data, prev_hash, hash)
       SELECT :occurredAt, :actorId, :action, :subjectType, :subjectId, :spaceId, :data, head.hash,
              encode(sha256(convert_to(CAST(:prefix AS text) || head.hash || CAST(:suffix AS text), 'UTF8')), 'hex')
         FROM (SELECT COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), :genesis) AS hash) head`,
      { ...content, prefix, suffix, genesis: GENESIS_HASH },
    );
  }

  /**
   * The audit rows about these subjects, oldest first, with their chain hashes
   * (at most `limit` per subject), in one statement: what an export hands an
   * auditor to check offline.
   */
  entriesFor(subjectType: string, subjectIds: readonly string[], actions: readonly string[], limit = 10_000, tx: Tx = this.tx.reader): Promise<AuditEntryEntity[]> {
    if (!subjectIds.length) return Promise.resolve([]);
    return namedQuery<AuditEntryEntity>(
      tx,
      `SELECT a.id, a.occurred_at AS "occurredAt", a.actor_id AS "actorId", a.action, a.subject_type AS "subjectType",
              a.subject_id AS "subjectId", a.space_id AS "spaceId", a.data, a.prev_hash AS "prevHash", a.hash
         FROM unnest(CAST(:ids AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT * FROM audit_log a
           WHERE a.subject_type = :subjectType AND a.subject_id = k.id AND a.action = ANY(CAST(:actions AS text[]))
           ORDER BY a.id LIMIT :limit) a
        ORDER BY a.id`,
      { subjectType, ids: [...subjectIds], actions: [...actions], limit },
    );
  }

  /**
   * Walks the whole chain in id order and recomputes every hash, then checks
   * that every checkpoint's row is still there, with its hash and position.
   */
  async verify(): Promise<AuditVerification> {
    const walked = await this.walk();
    const checkpoint = await this.checkpoints.latest();
    if (walked.reason) return { intact: false, ...walked, checkpoint };
    const unmatched = await this.checkpoints.firstUnmatched();
    if (unmatched) {
      const reason = unmatched.missing ? AuditChainBreak.TRUNCATED_AFTER_CHECKPOINT : AuditChainBreak.CHECKPOINT_MISMATCH;
      return { intact: false, checked: walked.checked, firstBrokenId: unmatched.lastId, reason, checkpoint };
    }
    return { intact: true, ...walked, checkpoint };
  }

  private async walk(): Promise<Pick<AuditVerification, 'checked' | 'firstBrokenId' | 'reason'>> {
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
        if (auditHash(row.prevHash, row) !== row.hash) return { checked, firstBrokenId: row.id, reason: AuditChainBreak.HASH_MISMATCH };
        if (row.prevHash !== prevHash) return { checked, firstBrokenId: row.id, reason: AuditChainBreak.GAP };
        prevHash = row.hash;
        checked++;
      }
      if (rows.length < VERIFY_BATCH) return { checked, firstBrokenId: null, reason: null };
      afterId = rows[rows.length - 1].id;
    }
  }
}
