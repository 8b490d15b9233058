import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { VOTE_COLUMNS } from './proposal-sql';
import type { VoteEntity } from './vote.entity';

export interface UpsertedVote extends VoteEntity {
  inserted: boolean;
  previousOptionId: string | null;
  previousRanking: string[] | null;
}

export interface VoteCounts {
  proposalId: string;
  voteCount: number;
  /** Votes per option id (RANKED_CHOICE: first preferences). */
  byOption: Record<string, number>;
}

export interface VoterRow {
  proposalId: string;
  userId: string;
  isAdvisor: boolean;
  hasVoted: boolean;
}

@Injectable()
export class VoteRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async isEligible(tx: Tx, proposalId: string, userId: string): Promise<boolean> {
    const rows = await namedQuery(tx, `SELECT 1 FROM proposal_voter WHERE proposal_id = :proposalId AND user_id = :userId`, { proposalId, userId });
    return rows.length > 0;
  }

  /** Casts or changes the voter's one vote (the unique key makes it one); says which, and what it was. */
  async upsert(
    tx: Tx,
    v: { proposalId: string; voterId: string; optionId: string | null; ranking: string[] | null; reason: string | null; proposalVersion: number },
  ): Promise<UpsertedVote> {
    const [row] = await namedQuery<UpsertedVote>(
      tx,
      `WITH prev AS (SELECT option_id, ranking FROM vote WHERE proposal_id = :proposalId AND voter_id = :voterId),
            v AS (
              INSERT INTO vote (proposal_id, voter_id, option_id, ranking, reason, proposal_version)
              VALUES (:proposalId, :voterId, :optionId, CAST(:ranking AS uuid[]), :reason, :proposalVersion)
              ON CONFLICT ON CONSTRAINT vote_one_per_voter DO UPDATE
                SET option_id = EXCLUDED.option_id, ranking = EXCLUDED.ranking, reason = EXCLUDED.reason,
                    proposal_version = EXCLUDED.proposal_version, updated_at = now()
              RETURNING *, (xmax = 0) AS inserted)
       SELECT ${VOTE_COLUMNS}, v.inserted, prev.option_id AS "previousOptionId", prev.ranking AS "previousRanking"
         FROM v LEFT JOIN prev ON true`,
      { ...v },
    );
    return row;
  }

  /** Every vote of the proposals, oldest first (the record at close). */
  votesOf(proposalIds: readonly string[], tx: Tx = this.tx.reader): Promise<VoteEntity[]> {
    return namedQuery<VoteEntity>(
      tx,
      `SELECT ${VOTE_COLUMNS} FROM vote v WHERE v.proposal_id = ANY(CAST(:ids AS uuid[])) ORDER BY v.proposal_id, v.created_at, v.id`,
      { ids: [...proposalIds] },
    );
  }

  /** The first `limit` votes of each proposal, oldest first: what a read shows (a list of 200 proposals stays bounded). */
  firstVotesOf(proposalIds: readonly string[], limit: number): Promise<VoteEntity[]> {
    return namedQuery<VoteEntity>(
      this.tx.reader,
      `SELECT ${VOTE_COLUMNS} FROM unnest(CAST(:ids AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (SELECT * FROM vote v WHERE v.proposal_id = k.id ORDER BY v.created_at, v.id LIMIT :limit) v`,
      { ids: [...proposalIds], limit },
    );
  }

  myVotes(voterId: string, proposalIds: readonly string[]): Promise<VoteEntity[]> {
    return namedQuery<VoteEntity>(
      this.tx.reader,
      `SELECT ${VOTE_COLUMNS} FROM vote v WHERE v.proposal_id = ANY(CAST(:ids AS uuid[])) AND v.voter_id = :voterId`,
      { ids: [...proposalIds], voterId },
    );
  }

  /** Vote counts per proposal and option, one statement for many proposals. */
  async counts(proposalIds: readonly string[]): Promise<VoteCounts[]> {
    const rows = await namedQuery<{ proposalId: string; optionId: string | null; votes: number }>(
      this.tx.reader,
      `SELECT v.proposal_id AS "proposalId", COALESCE(v.option_id, v.ranking[1]) AS "optionId", count(*)::int AS votes
         FROM vote v WHERE v.proposal_id = ANY(CAST(:ids AS uuid[])) GROUP BY 1, 2`,
      { ids: [...proposalIds] },
    );
    const byProposal = new Map<string, VoteCounts>();
    for (const id of proposalIds) byProposal.set(id, { proposalId: id, voteCount: 0, byOption: {} });
    for (const row of rows) {
      const counts = byProposal.get(row.proposalId);
      if (!counts) continue;
      counts.voteCount += row.votes;
      if (row.optionId) counts.byOption[row.optionId] = (counts.byOption[row.optionId] ?? 0) + row.votes;
    }
    return [...byProposal.values()];
  }

  /** The eligible voters (the first `limit` of each proposal by name) and whether each has voted (never how). */
  voters(proposalIds: readonly string[], limit: number): Promise<VoterRow[]> {
    return namedQuery<VoterRow>(
      this.tx.reader,
      `SELECT pv.proposal_id AS "proposalId", pv.user_id AS "userId", pv.is_advisor AS "isAdvisor", pv."hasVoted"
         FROM unnest(CAST(:ids AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT pv.*, EXISTS (SELECT 1 FROM vote v WHERE v.proposal_id = pv.proposal_id AND v.voter_id = pv.user_id) AS "hasVoted"
            FROM proposal_voter pv JOIN app_user u ON u.id = pv.user_id
           WHERE pv.proposal_id = k.id ORDER BY lower(u.display_name), u.id LIMIT :limit) pv`,
      { ids: [...proposalIds], limit },
    );
  }

  /** Of these proposals, those the user may vote on. */
  async eligibleAmong(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    const rows = await namedQuery<{ proposalId: string }>(
      this.tx.reader,
      `SELECT proposal_id AS "proposalId" FROM proposal_voter WHERE user_id = :userId AND proposal_id = ANY(CAST(:ids AS uuid[]))`,
      { userId, ids: [...proposalIds] },
    );
    return new Set(rows.map((r) => r.proposalId));
  }

  /** The caller's vote on the proposal with its option's code (null code: a ranking or a custom option); null without a vote. */
  async myChoice(tx: Tx, proposalId: string, voterId: string): Promise<{ code: string | null } | null> {
    const [row] = await namedQuery<{ code: string | null }>(
      tx,
      `SELECT o.code FROM vote v LEFT JOIN proposal_option o ON o.id = v.option_id WHERE v.proposal_id = :proposalId AND v.voter_id = :voterId`,
      { proposalId, voterId },
    );
    return row ?? null;
  }

  /** Eligible voters of a proposal who have not voted. */
  async nonVoters(tx: Tx, proposalId: string): Promise<string[]> {
    const rows = await namedQuery<{ userId: string }>(
      tx,
      `SELECT pv.user_id AS "userId" FROM proposal_voter pv
        WHERE pv.proposal_id = :proposalId AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.proposal_id = pv.proposal_id AND v.voter_id = pv.user_id)`,
      { proposalId },
    );
    return rows.map((r) => r.userId);
  }
}
