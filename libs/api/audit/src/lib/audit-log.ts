import { Injectable } from '@nestjs/common';
import { TransactionRunner, type JsonObject, type Tx } from '@pnyx/api/core/database';
import { AuditEntryEntity } from './audit-entry.entity';
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
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
    const last = await tx.getRepository(AuditEntryEntity).find({ order: { id: 'DESC' }, take: 1, select: { hash: true } });
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const content = {
      occurredAt: new Date(),
      actorId: record.actorId,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      spaceId: record.spaceId ?? null,
      data: record.data ?? {},
    };
    await tx.query(
      `INSERT INTO audit_log (occurred_at, actor_id, action, subject_type, subject_id, space_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [content.occurredAt, content.actorId, content.action, content.subjectType, content.subjectId, content.spaceId, content.data, prevHash, auditHash(prevHash, content)],
    );
  }

  /** Walks the whole chain in id order and recomputes every hash. */
  async verify(): Promise<AuditVerification> {
    const repo = this.tx.reader.getRepository(AuditEntryEntity);
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let afterId = '0';
    for (;;) {
      const rows = await repo
        .createQueryBuilder('a')
        .where('a.id > :afterId', { afterId })
        .orderBy('a.id', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
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
