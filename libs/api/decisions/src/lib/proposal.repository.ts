import { Injectable } from '@nestjs/common';
import type { SearchDocumentSource } from '@pnyx/api/search-index';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { readableSpacesSql } from '@pnyx/api/spaces';
import type { ProposalOptionEntity } from './proposal-option.entity';
import type { ProposalRevisionEntity } from './proposal-revision.entity';
import { proposalColumns } from './proposal-sql';
import type { ProposalEntity } from './proposal.entity';

export type NewProposal = Pick<
  ProposalEntity,
  'spaceId' | 'authorId' | 'title' | 'description' | 'html' | 'process' | 'closesAt' | 'quorumPercent' | 'hideTally'
>;

/** The proposal row with the few columns a write checks, locked. */
export type LockedProposal = ProposalEntity;

@Injectable()
export class ProposalRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** A proposal as the search index keeps it (open, closed or withdrawn: all stay findable); null when gone. */
  async searchDocument(tx: Tx, id: string): Promise<Omit<SearchDocumentSource, 'path'> | null> {
    const [doc] = await namedQuery<Omit<SearchDocumentSource, 'path'>>(
      tx,
      `SELECT p.space_id AS "spaceId", p.author_id AS "authorId", NULL AS "draftOf", p.title,
              p.description || coalesce(E'\n\n' || p.outcome_statement, '') AS markdown, p.created_at AS "occurredAt"
         FROM proposal p WHERE p.id = :id`,
      { id },
    );
    return doc ?? null;
  }

  async insert(tx: Tx, p: NewProposal): Promise<ProposalEntity> {
    const [row] = await namedQuery<ProposalEntity>(
      tx,
      `INSERT INTO proposal (space_id, author_id, title, description, html, process, closes_at, quorum_percent, hide_tally, eligible_voter_count)
       VALUES (:spaceId, :authorId, :title, :description, :html, :process, :closesAt, :quorumPercent, :hideTally, 0)
       RETURNING ${proposalColumns('proposal')}`,
      { ...p },
    );
    return row;
  }

  insertOptions(tx: Tx, proposalId: string, options: readonly { code: string | null; label: string }[]): Promise<ProposalOptionEntity[]> {
    return namedQuery<ProposalOptionEntity>(
      tx,
      `INSERT INTO proposal_option (proposal_id, position, code, label)
       SELECT :proposalId, o.position - 1, o.code, o.label
         FROM unnest(CAST(:codes AS text[]), CAST(:labels AS text[])) WITH ORDINALITY AS o(code, label, position)
       RETURNING id, proposal_id AS "proposalId", position, code, label`,
      { proposalId, codes: options.map((o) => o.code), labels: options.map((o) => o.label) },
    );
  }

  /**
   * The eligible voters: the space's members now (the snapshot), advisors
   * flagged. Sets the proposal's count in the same statement; returns it.
   */
  async snapshotVoters(tx: Tx, proposalId: string, spaceId: string, advisorIds: readonly string[]): Promise<number> {
    const [row] = await namedQuery<{ count: number }>(
      tx,
      `WITH voters AS (
         INSERT INTO proposal_voter (proposal_id, user_id, is_advisor)
         SELECT :proposalId, m.user_id, m.user_id = ANY(CAST(:advisorIds AS uuid[])) FROM space_member m WHERE m.space_id = :spaceId
         RETURNING 1
       ), counted AS (SELECT count(*)::int AS count FROM voters),
       u AS (UPDATE proposal SET eligible_voter_count = counted.count FROM counted WHERE proposal.id = :proposalId RETURNING counted.count)
       SELECT count FROM u`,
      { proposalId, spaceId, advisorIds: [...advisorIds] },
    );
    return row.count;
  }

  /** Users (by lower-cased username) who are members of the space, with their ids. */
  membersByUsername(tx: Tx, spaceId: string, usernames: readonly string[]): Promise<{ id: string; username: string }[]> {
    return namedQuery(
      tx,
      `SELECT u.id, lower(u.username) AS username FROM app_user u JOIN space_member m ON m.user_id = u.id AND m.space_id = :spaceId
        WHERE lower(u.username) = ANY(CAST(:usernames AS text[]))`,
      { spaceId, usernames: [...usernames] },
    );
  }

  insertRevision(tx: Tx, r: Pick<ProposalRevisionEntity, 'proposalId' | 'version' | 'title' | 'description' | 'authorId'>): Promise<unknown> {
    return namedQuery(
      tx,
      `INSERT INTO proposal_revision (proposal_id, version, title, description, author_id) VALUES (:proposalId, :version, :title, :description, :authorId)`,
      { ...r },
    );
  }

  /**
   * The proposal, locked: `share` for a vote or an argument (many at once; a
   * close waits for them), `update` for a change of the proposal itself (it
   * waits for the votes in flight, and they for it). Null if missing.
   */
  async lock(tx: Tx, id: string, mode: 'share' | 'update'): Promise<LockedProposal | null> {
    const [row] = await namedQuery<ProposalEntity>(
      tx,
      `SELECT ${proposalColumns('p')} FROM proposal p WHERE p.id = :id FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`,
      { id },
    );
    return row ?? null;
  }

  /** Proposals the viewer may read (their space is readable). */
  findVisibleByIds(viewerId: string, ids: readonly string[], tx: Tx = this.tx.reader): Promise<ProposalEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery<ProposalEntity>(
      tx,
      `SELECT ${proposalColumns('p')} FROM proposal p WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${readableSpacesSql('p.space_id')}`,
      { ids: [...ids], viewerId },
    );
  }

  optionsOf(proposalIds: readonly string[], tx: Tx = this.tx.reader): Promise<ProposalOptionEntity[]> {
    return namedQuery<ProposalOptionEntity>(
      tx,
      `SELECT o.id, o.proposal_id AS "proposalId", o.position, o.code, o.label FROM proposal_option o
        WHERE o.proposal_id = ANY(CAST(:ids AS uuid[])) ORDER BY o.proposal_id, o.position`,
      { ids: [...proposalIds] },
    );
  }

  revisionsOf(proposalIds: readonly string[]): Promise<ProposalRevisionEntity[]> {
    return namedQuery<ProposalRevisionEntity>(
      this.tx.reader,
      `SELECT r.proposal_id AS "proposalId", r.version, r.title, r.description, r.author_id AS "authorId", r.created_at AS "createdAt"
         FROM proposal_revision r WHERE r.proposal_id = ANY(CAST(:ids AS uuid[])) ORDER BY r.proposal_id, r.version DESC`,
      { ids: [...proposalIds] },
    );
  }

  async amend(tx: Tx, id: string, title: string, description: string, html: string): Promise<ProposalEntity> {
    const [row] = await namedQuery<ProposalEntity>(
      tx,
      `WITH u AS (UPDATE proposal SET title = :title, description = :description, html = :html, version = version + 1, updated_at = now()
                   WHERE id = :id RETURNING *)
       SELECT ${proposalColumns('u')} FROM u`,
      { id, title, description, html },
    );
    return row;
  }

  async setClosesAt(tx: Tx, id: string, closesAt: Date): Promise<void> {
    await namedQuery(tx, `UPDATE proposal SET closes_at = :closesAt, updated_at = now() WHERE id = :id`, { id, closesAt });
  }

  async setReviewAt(tx: Tx, id: string, reviewAt: Date | null): Promise<void> {
    await namedQuery(tx, `UPDATE proposal SET review_at = :reviewAt, updated_at = now() WHERE id = :id`, { id, reviewAt });
  }

  async withdraw(tx: Tx, id: string, by: string): Promise<void> {
    await namedQuery(tx, `UPDATE proposal SET status = 'WITHDRAWN', closed_by = :by, updated_at = now() WHERE id = :id`, { id, by });
  }

  async close(
    tx: Tx,
    id: string,
    c: { outcome: string; statement: string | null; winningOptionId: string | null; closedAt: Date; closedBy: string | null },
  ): Promise<void> {
    await namedQuery(
      tx,
      `UPDATE proposal SET status = 'CLOSED', outcome = :outcome, outcome_statement = :statement, winning_option_id = :winningOptionId,
              closed_at = :closedAt, closed_by = :closedBy, updated_at = now()
        WHERE id = :id AND status = 'OPEN'`,
      { id, ...c },
    );
  }

  /**
   * Takes the once-a-day nudge: sets `nudged_at` unless a nudge happened in
   * the last 24 hours. Returns null when taken, else the last nudge's time.
   */
  async takeNudge(tx: Tx, id: string): Promise<Date | null> {
    const [row] = await namedQuery<{ taken: boolean; nudgedAt: Date | null }>(
      tx,
      `WITH prev AS (SELECT nudged_at FROM proposal WHERE id = :id),
            u AS (UPDATE proposal SET nudged_at = now() WHERE id = :id AND (nudged_at IS NULL OR nudged_at <= now() - interval '1 day') RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM u) AS taken, (SELECT nudged_at FROM prev) AS "nudgedAt"`,
      { id },
    );
    return row.taken ? null : row.nudgedAt;
  }
}
