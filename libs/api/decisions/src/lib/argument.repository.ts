import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { ArgumentEntity } from './argument.entity';

const COLUMNS = `a.id, a.proposal_id AS "proposalId", a.side, a.body, a.author_id AS "authorId", a.created_at AS "createdAt"`;

/** Arguments per proposal are capped when read (the newest 500 per side would be a lot of argument). */
export const MAX_ARGUMENTS_READ = 1_000;

@Injectable()
export class ArgumentRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(tx: Tx, a: Pick<ArgumentEntity, 'proposalId' | 'side' | 'body' | 'authorId'>): Promise<ArgumentEntity> {
    const [row] = await namedQuery<ArgumentEntity>(
      tx,
      `WITH a AS (INSERT INTO argument (proposal_id, side, body, author_id) VALUES (:proposalId, :side, :body, :authorId) RETURNING *)
       SELECT ${COLUMNS} FROM a`,
      { ...a },
    );
    return row;
  }

  /** Oldest first, at most MAX_ARGUMENTS_READ per proposal. */
  argumentsOf(proposalIds: readonly string[], tx: Tx = this.tx.reader): Promise<ArgumentEntity[]> {
    return namedQuery<ArgumentEntity>(
      tx,
      `SELECT ${COLUMNS} FROM unnest(CAST(:ids AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (SELECT * FROM argument a WHERE a.proposal_id = k.id ORDER BY a.created_at, a.id LIMIT :limit) a`,
      { ids: [...proposalIds], limit: MAX_ARGUMENTS_READ },
    );
  }
}
