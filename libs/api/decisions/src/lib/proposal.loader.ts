import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { AuditLog, type AuditEntryEntity } from '@pnyx/api/audit';
import { ContentReferences, type ContentLinkModel } from '@pnyx/api/social';
import { ArgumentRepository } from './argument.repository';
import type { ArgumentEntity } from './argument.entity';
import { DecisionRecordRepository } from './decision-record.repository';
import type { DecisionRecordEntity } from './decision-record.entity';
import type { DissentEntity } from './dissent.entity';
import type { ProposalOptionEntity } from './proposal-option.entity';
import type { ProposalRevisionEntity } from './proposal-revision.entity';
import type { ProposalEntity } from './proposal.entity';
import { ProposalRepository } from './proposal.repository';
import { VoteRepository, type VoteCounts, type VoterRow } from './vote.repository';
import type { VoteEntity } from './vote.entity';

/** The audit actions that make up a proposal's history in an export. */
export const RECORD_AUDIT_ACTIONS = ['proposal.opened', 'proposal.extended', 'vote.cast', 'vote.changed', 'proposal.closed', 'dissent.added'];

/** Votes and voters a read lists per proposal; the record and exports hold all. */
export const MAX_LISTED = 2_000;

/**
 * Per-request batching for everything a Proposal resolves: one statement per
 * field and level, whatever the number of proposals (the dashboard lists up
 * to 200). Except `visible`, callers pass proposals the viewer may read.
 */
@Injectable()
export class ProposalLoader {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly votes: VoteRepository,
    private readonly argumentsRepo: ArgumentRepository,
    private readonly records: DecisionRecordRepository,
    private readonly references: ContentReferences,
    private readonly audit: AuditLog,
  ) {}

  visible(ctx: GraphqlContext, viewerId: string, id: string): Promise<ProposalEntity | null> {
    return loaderFor(ctx, `proposal.visible:${viewerId}`, () =>
      new DataLoader<string, ProposalEntity | null>(async (ids) => byKeys(ids, await this.proposals.findVisibleByIds(viewerId, ids), (p) => p.id)),
    ).load(id);
  }

  prime(ctx: GraphqlContext, viewerId: string, proposal: ProposalEntity): void {
    loaderFor(ctx, `proposal.visible:${viewerId}`, () =>
      new DataLoader<string, ProposalEntity | null>(async (ids) => byKeys(ids, await this.proposals.findVisibleByIds(viewerId, ids), (p) => p.id)),
    ).prime(proposal.id, proposal);
  }

  options(ctx: GraphqlContext, proposalId: string): Promise<ProposalOptionEntity[]> {
    return this.grouped(ctx, 'proposal.options', (ids) => this.proposals.optionsOf(ids), (o: ProposalOptionEntity) => o.proposalId, proposalId);
  }

  counts(ctx: GraphqlContext, proposalId: string): Promise<VoteCounts> {
    return loaderFor(ctx, 'proposal.counts', () =>
      new DataLoader<string, VoteCounts>(async (ids) => byKeys(ids, await this.votes.counts(ids), (c) => c.proposalId) as VoteCounts[]),
    ).load(proposalId);
  }

  myVote(ctx: GraphqlContext, viewerId: string, proposalId: string): Promise<VoteEntity | null> {
    return loaderFor(ctx, `proposal.myVote:${viewerId}`, () =>
      new DataLoader<string, VoteEntity | null>(async (ids) => byKeys(ids, await this.votes.myVotes(viewerId, ids), (v) => v.proposalId)),
    ).load(proposalId);
  }

  /** At most MAX_LISTED per proposal (oldest first). */
  votesOf(ctx: GraphqlContext, proposalId: string): Promise<VoteEntity[]> {
    return this.grouped(ctx, 'proposal.votes', (ids) => this.votes.firstVotesOf(ids, MAX_LISTED), (v: VoteEntity) => v.proposalId, proposalId);
  }

  /** At most MAX_LISTED per proposal (by name). */
  voters(ctx: GraphqlContext, proposalId: string): Promise<VoterRow[]> {
    return this.grouped(ctx, 'proposal.voters', (ids) => this.votes.voters(ids, MAX_LISTED), (v: VoterRow) => v.proposalId, proposalId);
  }

  /** Whether the viewer is an eligible voter (batched). */
  isVoter(ctx: GraphqlContext, viewerId: string, proposalId: string): Promise<boolean> {
    return loaderFor(ctx, `proposal.isVoter:${viewerId}`, () =>
      new DataLoader<string, boolean>(async (ids) => {
        const eligible = await this.votes.eligibleAmong(viewerId, ids);
        return ids.map((id) => eligible.has(id));
      }),
    ).load(proposalId);
  }

  argumentsOf(ctx: GraphqlContext, proposalId: string): Promise<ArgumentEntity[]> {
    return this.grouped(ctx, 'proposal.arguments', (ids) => this.argumentsRepo.argumentsOf(ids), (a: ArgumentEntity) => a.proposalId, proposalId);
  }

  revisions(ctx: GraphqlContext, proposalId: string): Promise<ProposalRevisionEntity[]> {
    return this.grouped(ctx, 'proposal.revisions', (ids) => this.proposals.revisionsOf(ids), (r: ProposalRevisionEntity) => r.proposalId, proposalId);
  }

  dissents(ctx: GraphqlContext, proposalId: string): Promise<DissentEntity[]> {
    return this.grouped(ctx, 'proposal.dissents', (ids) => this.records.dissentsOf(ids), (d: DissentEntity) => d.proposalId, proposalId);
  }

  /** Pages (later posts) that link to the proposal, from spaces the viewer may read. */
  linkedFrom(ctx: GraphqlContext, viewerId: string, proposalId: string): Promise<ContentLinkModel[]> {
    return this.grouped(ctx, `proposal.linkedFrom:${viewerId}`, (ids) => this.references.linksTo(viewerId, 'Proposal', ids), (l: ContentLinkModel) => l.targetId, proposalId);
  }

  /** The audit rows an export carries (RECORD_AUDIT_ACTIONS), for many proposals in one statement. */
  auditTrail(ctx: GraphqlContext, proposalId: string): Promise<AuditEntryEntity[]> {
    return this.grouped(ctx, 'proposal.audit', (ids) => this.audit.entriesFor('Proposal', ids, RECORD_AUDIT_ACTIONS), (a: AuditEntryEntity) => a.subjectId, proposalId);
  }

  record(ctx: GraphqlContext, proposalId: string): Promise<DecisionRecordEntity | null> {
    return loaderFor(ctx, 'proposal.record', () =>
      new DataLoader<string, DecisionRecordEntity | null>(async (ids) => byKeys(ids, await this.records.recordsOf(ids), (r) => r.proposalId)),
    ).load(proposalId);
  }

  private grouped<V>(ctx: GraphqlContext, key: string, fetch: (ids: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string, id: string): Promise<V[]> {
    return loaderFor(ctx, key, () => new DataLoader<string, V[]>(async (ids) => groupByKeys(ids, await fetch(ids), keyOf))).load(id);
  }
}
