import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery } from '@pnyx/api/core/database';
import { readableSpacesSql } from '@pnyx/api/spaces';
import { proposalColumns } from './proposal-sql';
import type { ProposalEntity } from './proposal.entity';

export interface OpenDecisionsQuery {
  viewerId: string;
  spaceIds: string[] | null;
  followedOnly: boolean;
  closingWithinHours: number | null;
  limit: number;
}

export interface DecisionStatsRow {
  perMonth: { month: string; outcome: string; count: number }[];
  medianHours: number | null;
  buckets: { bucket: number; count: number }[];
  decided: number;
}

/** The managers' view: open proposals across every readable space, and statistics of closed ones. */
@Injectable()
export class DecisionBoardRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Open proposals, closing soonest first. Description and html are left out
   * (a dashboard shows neither). "Followed only" starts from the caller's
   * follows (a handful) instead of walking every open proposal.
   */
  openDecisions(q: OpenDecisionsQuery): Promise<ProposalEntity[]> {
    const columns = proposalColumns('p', false);
    const from = q.followedOnly
      ? `follow f JOIN proposal p ON p.id = f.subject_id WHERE f.user_id = :viewerId AND f.subject_type = 'Proposal' AND p.status = 'OPEN'`
      : `proposal p WHERE p.status = 'OPEN'`;
    return namedQuery<ProposalEntity>(
      this.tx.reader,
      `SELECT ${columns} FROM ${from} AND ${readableSpacesSql('p.space_id')}
          AND (CAST(:spaceIds AS uuid[]) IS NULL OR p.space_id = ANY(CAST(:spaceIds AS uuid[])))
          AND (CAST(:hours AS int) IS NULL OR p.closes_at <= now() + make_interval(hours => CAST(:hours AS int)))
        ORDER BY p.closes_at, p.id LIMIT :limit`,
      { viewerId: q.viewerId, spaceIds: q.spaceIds, hours: q.closingWithinHours, limit: q.limit },
    );
  }

  /** Closed in the last 12 months in readable spaces (optionally some): per month and outcome, median hours, participation buckets. */
  async stats(viewerId: string, spaceIds: string[] | null): Promise<DecisionStatsRow> {
    const [row] = await namedQuery<DecisionStatsRow>(
      this.tx.reader,
      `WITH closed AS (
         SELECT p.outcome, p.closed_at, p.created_at, p.eligible_voter_count AS eligible,
                (SELECT count(*) FROM vote v WHERE v.proposal_id = p.id)::int AS votes
           FROM proposal p
          WHERE p.status = 'CLOSED' AND p.closed_at >= date_trunc('month', now()) - interval '11 months'
            AND ${readableSpacesSql('p.space_id')}
            AND (CAST(:spaceIds AS uuid[]) IS NULL OR p.space_id = ANY(CAST(:spaceIds AS uuid[])))
       )
       SELECT
         COALESCE((SELECT json_agg(m ORDER BY m.month, m.outcome) FROM (
            SELECT to_char(date_trunc('month', closed_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, outcome, count(*)::int AS count
              FROM closed GROUP BY 1, 2) m), '[]'::json) AS "perMonth",
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 3600) FROM closed) AS "medianHours",
         COALESCE((SELECT json_agg(b ORDER BY b.bucket) FROM (
            SELECT LEAST(9, floor(CASE WHEN eligible = 0 THEN 0 ELSE votes * 10.0 / eligible END))::int AS bucket, count(*)::int AS count
              FROM closed GROUP BY 1) b), '[]'::json) AS buckets,
         (SELECT count(*)::int FROM closed) AS decided`,
      { viewerId, spaceIds },
    );
    return row;
  }
}
