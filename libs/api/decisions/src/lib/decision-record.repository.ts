import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { keysetQuery, type KeysetSpec } from '@pnyx/api/core/graphql';
import { readableSpacesSql } from '@pnyx/api/spaces';
import type { DecisionRecordEntity } from './decision-record.entity';
import type { DissentEntity } from './dissent.entity';
import { proposalColumns } from './proposal-sql';
import type { ProposalEntity } from './proposal.entity';

/** A space's decision log: closed proposals, newest decision first. */
export const DECISION_LOG_KEYSET: KeysetSpec = {
  columns: [
    { sql: 'p.closed_at', type: 'timestamptz' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

@Injectable()
export class DecisionRecordRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(tx: Tx, r: Pick<DecisionRecordEntity, 'proposalId' | 'spaceId' | 'content' | 'hash' | 'closedAt'>): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO decision_record (proposal_id, space_id, content, hash, closed_at) VALUES (:proposalId, :spaceId, :content, :hash, :closedAt)`,
      { ...r, content: JSON.stringify(r.content) },
    );
  }

  /** Who the record names (author, voters, arguers), as they are called now. */
  people(tx: Tx, userIds: readonly string[]): Promise<{ id: string; username: string; displayName: string }[]> {
    return namedQuery(tx, `SELECT u.id, u.username, u.display_name AS "displayName" FROM app_user u WHERE u.id = ANY(CAST(:ids AS uuid[]))`, {
      ids: [...new Set(userIds)],
    });
  }

  async spaceOf(tx: Tx, spaceId: string): Promise<{ id: string; key: string; name: string }> {
    const [row] = await namedQuery<{ id: string; key: string; name: string }>(tx, `SELECT s.id, s.key, s.name FROM space s WHERE s.id = :spaceId`, { spaceId });
    return row;
  }

  recordsOf(proposalIds: readonly string[]): Promise<DecisionRecordEntity[]> {
    return namedQuery<DecisionRecordEntity>(
      this.tx.reader,
      `SELECT r.proposal_id AS "proposalId", r.space_id AS "spaceId", r.content, r.hash, r.closed_at AS "closedAt", r.created_at AS "createdAt"
         FROM decision_record r WHERE r.proposal_id = ANY(CAST(:ids AS uuid[]))`,
      { ids: [...proposalIds] },
    );
  }

  async insertDissent(tx: Tx, d: Pick<DissentEntity, 'proposalId' | 'userId' | 'body'>): Promise<DissentEntity | null> {
    const [row] = await namedQuery<DissentEntity>(
      tx,
      `WITH d AS (INSERT INTO dissent (proposal_id, user_id, body) VALUES (:proposalId, :userId, :body) ON CONFLICT DO NOTHING RETURNING *)
       SELECT d.proposal_id AS "proposalId", d.user_id AS "userId", d.body, d.created_at AS "createdAt" FROM d`,
      { ...d },
    );
    return row ?? null;
  }

  dissentsOf(proposalIds: readonly string[]): Promise<DissentEntity[]> {
    return namedQuery<DissentEntity>(
      this.tx.reader,
      `SELECT d.proposal_id AS "proposalId", d.user_id AS "userId", d.body, d.created_at AS "createdAt"
         FROM dissent d WHERE d.proposal_id = ANY(CAST(:ids AS uuid[])) ORDER BY d.proposal_id, d.created_at`,
      { ids: [...proposalIds] },
    );
  }

  /** One page of a space's decision log (closed proposals, newest first); `limit` is first + 1. */
  decisionLog(viewerId: string, spaceId: string, first: number | null | undefined, after: string | null | undefined) {
    const page = keysetQuery(DECISION_LOG_KEYSET, first, after);
    return {
      page,
      rows: namedQuery<ProposalEntity>(
        this.tx.reader,
        `SELECT ${proposalColumns('p')} FROM proposal p
          WHERE p.space_id = :spaceId AND p.status = 'CLOSED' AND ${readableSpacesSql('p.space_id')} AND ${page.where}
          ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
        { spaceId, viewerId, ...page.params },
      ),
    };
  }
}
