import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

/** A checkpoint as the API hands it out (and as it is logged). */
export interface AuditCheckpoint {
  /** audit_log.id of the newest row covered. */
  lastId: string;
  /** That row's hash. */
  hash: string;
  /** audit_log rows with id <= lastId. */
  rowCount: number;
  at: Date;
}

/** The head of the log now, and what became of the previous checkpoint's row. */
export interface AuditHead {
  lastId: string;
  hash: string;
  /** Rows after the previous checkpoint up to the head. */
  added: number;
  /** The hash now stored at the previous checkpoint's id (null: that row is gone, or there was none). */
  previousHash: string | null;
}

/** A checkpoint the chain no longer matches: its row is gone, or has another hash or position. */
export interface UnmatchedCheckpoint extends AuditCheckpoint {
  missing: boolean;
}

const COLUMNS = `c.last_id AS "lastId", c.last_hash AS hash, c.row_count::float8 AS "rowCount", c.taken_at AS at`;

/** The SQL of audit checkpoints. */
@Injectable()
export class AuditCheckpointRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** One checkpoint at a time, across processes. */
  async lock(tx: Tx): Promise<void> {
    await namedQuery(tx, `SELECT pg_advisory_xact_lock(hashtext('pnyx.audit_checkpoint'))`);
  }

  async latest(tx: Tx = this.tx.reader): Promise<AuditCheckpoint | null> {
    const [row] = await namedQuery<AuditCheckpoint>(tx, `SELECT ${COLUMNS} FROM audit_checkpoint c ORDER BY c.id DESC LIMIT 1`);
    return row ?? null;
  }

  /** The newest audit row, counting only the rows after `afterId` (the previous checkpoint); null when the log is empty. */
  async head(tx: Tx, afterId: string | null): Promise<AuditHead | null> {
    const [row] = await namedQuery<AuditHead>(
      tx,
      `SELECT h.id AS "lastId", h.hash,
              (SELECT count(*)::int FROM audit_log a WHERE a.id > CAST(:afterId AS bigint) AND a.id <= h.id) AS added,
              (SELECT a.hash FROM audit_log a WHERE a.id = CAST(:afterId AS bigint)) AS "previousHash"
         FROM (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1) h`,
      { afterId: afterId ?? '0' },
    );
    return row ?? null;
  }

  async insert(tx: Tx, checkpoint: Omit<AuditCheckpoint, 'at'>): Promise<AuditCheckpoint> {
    const [row] = await namedQuery<AuditCheckpoint>(
      tx,
      `INSERT INTO audit_checkpoint AS c (last_id, last_hash, row_count) VALUES (:lastId, :hash, :rowCount) RETURNING ${COLUMNS}`,
      { lastId: checkpoint.lastId, hash: checkpoint.hash, rowCount: checkpoint.rowCount },
    );
    return row;
  }

  /**
   * The oldest checkpoint whose row is gone from the log, or whose row now has
   * another hash or another number of rows up to it. One pass over the log.
   */
  async firstUnmatched(tx: Tx = this.tx.reader): Promise<UnmatchedCheckpoint | null> {
    const [row] = await namedQuery<UnmatchedCheckpoint>(
      tx,
      `WITH numbered AS (
         SELECT a.id, a.hash, row_number() OVER (ORDER BY a.id) AS n
           FROM audit_log a WHERE a.id <= (SELECT max(last_id) FROM audit_checkpoint))
       SELECT ${COLUMNS}, (a.id IS NULL) AS missing
         FROM audit_checkpoint c LEFT JOIN numbered a ON a.id = c.last_id
        WHERE a.id IS NULL OR a.hash <> c.last_hash OR a.n <> c.row_count
        ORDER BY c.last_id, c.id LIMIT 1`,
    );
    return row ?? null;
  }
}
