import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { JobQueue } from '@pnyx/api/core/jobs';
import { SpaceAccess } from '@pnyx/api/spaces';
import { optionsFor } from '@pnyx/shared/decisions';
import { renderMarkdown } from '@pnyx/shared/markdown';
import { DecisionsException } from './decisions.exception';
import { DecisionsPolicy } from './decisions.policy';
import { ProposalAccess } from './proposal-access';
import {
  rule,
  validateAdvisors,
  validateClosesAt,
  validateDescription,
  validateProposalTitle,
  validateQuorum,
  validateReviewAt,
} from './proposal-input.validation';
import type { AmendProposalInput, CreateProposalInput, ExtendProposalInput, SetReviewDateInput } from './proposal.inputs';
import type { ProposalEntity } from './proposal.entity';
import { ProposalRepository } from './proposal.repository';
import { closeJobKey, deadlineJobKey, reviewJobKey, CLOSE_TASK, REVIEW_TASK } from './proposal-jobs';
import { VoteRepository } from './vote.repository';
import { DomainException } from '@pnyx/api/core/graphql';
import { DomainEventType } from '@pnyx/shared/contracts';

/** Opening and changing proposals. Votes: VoteService; closing: ProposalCloser. */
@Injectable()
export class ProposalService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly proposals: ProposalRepository,
    private readonly votes: VoteRepository,
    private readonly access: ProposalAccess,
    private readonly spaces: SpaceAccess,
    private readonly jobs: JobQueue,
  ) {}

  create(user: AuthUser, spaceId: string, input: CreateProposalInput, now = new Date()): Promise<ProposalEntity> {
    const title = validateProposalTitle(input.title);
    const description = validateDescription(input.description);
    const process = input.process;
    const options = rule(() => optionsFor(process, input.options));
    const closesAt = validateClosesAt(input.closesAt, now);
    const quorumPercent = validateQuorum(input.quorumPercent);
    const advisors = validateAdvisors(process, input.advisorUsernames);
    return this.uow.run(user, async ({ tx, record }) => {
      const space = await this.spaces.requireReadable(user, spaceId, tx);
      if (!DecisionsPolicy.canPropose(space.role)) throw DecisionsException.notMember();
      const advisorRows = advisors.length ? await this.proposals.membersByUsername(tx, spaceId, advisors) : [];
      const missing = advisors.filter((name) => !advisorRows.some((row) => row.username === name));
      if (missing.length) throw DomainException.badInput('advisorUsernames', `Not members of the space: ${missing.slice(0, 5).join(', ')}`);
      const proposal = await this.proposals.insert(tx, {
        spaceId,
        authorId: user.id,
        title,
        description,
        html: renderMarkdown(description),
        process,
        closesAt,
        quorumPercent,
        hideTally: input.hideTally ?? false,
      });
      await this.proposals.insertOptions(tx, proposal.id, options);
      const advisorIds = advisorRows.map((row) => row.id);
      proposal.eligibleVoterCount = await this.proposals.snapshotVoters(tx, proposal.id, spaceId, advisorIds);
      await this.proposals.insertRevision(tx, { proposalId: proposal.id, version: 1, title, description, authorId: user.id });
      await this.jobs.addIn(tx, CLOSE_TASK, { proposalId: proposal.id }, { runAt: closesAt, jobKey: closeJobKey(proposal.id) });
      await record({
        type: DomainEventType.ProposalOpened,
        aggregateType: 'Proposal',
        aggregateId: proposal.id,
        spaceId,
        payload: {
          title,
          process,
          closesAt: closesAt.toISOString(),
          quorumPercent,
          eligibleVoterCount: proposal.eligibleVoterCount,
          advisorIds,
          hideTally: proposal.hideTally,
        },
      });
      return proposal;
    });
  }

  /** The author changes the text while it is open: a new version; votes cast on older ones show as outdated. */
  amend(user: AuthUser, id: string, input: AmendProposalInput): Promise<ProposalEntity> {
    const description = validateDescription(input.description);
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, id, tx, 'update');
      if (!DecisionsPolicy.canChange(user.id, proposal)) throw DecisionsException.notAuthor('amend the proposal');
      this.access.requireOpen(proposal);
      if (input.baseVersion !== proposal.version) throw DecisionsException.staleVersion(input.baseVersion, proposal.version);
      const title = input.title == null ? proposal.title : validateProposalTitle(input.title);
      const amended = await this.proposals.amend(tx, id, title, description, renderMarkdown(description));
      await this.proposals.insertRevision(tx, { proposalId: id, version: amended.version, title, description, authorId: user.id });
      await record({
        type: DomainEventType.ProposalAmended,
        aggregateType: 'Proposal',
        aggregateId: id,
        spaceId: proposal.spaceId,
        payload: { title, version: amended.version, previousVersion: proposal.version },
      });
      return amended;
    });
  }

  /** The author moves the closing time later (voters see the change); the close job moves with it. */
  extend(user: AuthUser, id: string, input: ExtendProposalInput, now = new Date()): Promise<ProposalEntity> {
    const closesAt = validateClosesAt(input.closesAt, now);
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, id, tx, 'update');
      if (!DecisionsPolicy.canChange(user.id, proposal)) throw DecisionsException.notAuthor('extend the proposal');
      this.access.requireOpen(proposal);
      if (closesAt.getTime() <= proposal.closesAt.getTime()) throw DomainException.badInput('closesAt', 'The new closing time must be later than the current one');
      await this.proposals.setClosesAt(tx, id, closesAt);
      await this.jobs.addIn(tx, CLOSE_TASK, { proposalId: id }, { runAt: closesAt, jobKey: closeJobKey(id) });
      await this.jobs.removeIn(tx, deadlineJobKey(id));
      await record({
        type: DomainEventType.ProposalExtended,
        aggregateType: 'Proposal',
        aggregateId: id,
        spaceId: proposal.spaceId,
        payload: { closesAt: closesAt.toISOString(), previousClosesAt: proposal.closesAt.toISOString() },
      });
      return { ...proposal, closesAt };
    });
  }

  /** The author sets (or clears) the date on which followers are reminded to review the decision. */
  setReviewDate(user: AuthUser, id: string, input: SetReviewDateInput, now = new Date()): Promise<ProposalEntity> {
    const reviewAt = validateReviewAt(input.reviewAt, now);
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, id, tx, 'update');
      if (!DecisionsPolicy.canChange(user.id, proposal)) throw DecisionsException.notAuthor('set the review date');
      if (proposal.status === 'WITHDRAWN') throw DecisionsException.notOpen(proposal.status);
      await this.proposals.setReviewAt(tx, id, reviewAt);
      if (reviewAt) await this.jobs.addIn(tx, REVIEW_TASK, { proposalId: id }, { runAt: reviewAt, jobKey: reviewJobKey(id) });
      else await this.jobs.removeIn(tx, reviewJobKey(id));
      await record({
        type: DomainEventType.ProposalReviewSet,
        aggregateType: 'Proposal',
        aggregateId: id,
        spaceId: proposal.spaceId,
        payload: { reviewAt: reviewAt?.toISOString() ?? null },
      });
      return { ...proposal, reviewAt };
    });
  }

  /** The author withdraws an open proposal: no outcome, no record; the close job is cancelled. */
  withdraw(user: AuthUser, id: string): Promise<ProposalEntity> {
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, id, tx, 'update');
      if (!DecisionsPolicy.canChange(user.id, proposal)) throw DecisionsException.notAuthor('withdraw the proposal');
      this.access.requireOpen(proposal);
      await this.proposals.withdraw(tx, id, user.id);
      await this.jobs.removeIn(tx, closeJobKey(id));
      await this.jobs.removeIn(tx, deadlineJobKey(id));
      const [counts] = await this.votes.counts([id]);
      await record({
        type: DomainEventType.ProposalWithdrawn,
        aggregateType: 'Proposal',
        aggregateId: id,
        spaceId: proposal.spaceId,
        payload: { title: proposal.title, voteCount: counts?.voteCount ?? 0 },
      });
      return { ...proposal, status: 'WITHDRAWN' };
    });
  }

  /** A manager reminds the eligible voters who have not voted; once a day per proposal (RATE_LIMITED otherwise). */
  nudge(user: AuthUser, id: string, now = new Date()): Promise<number> {
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, id, tx, 'update');
      if (!DecisionsPolicy.isManager(user.roles)) throw DecisionsException.notManager();
      this.access.requireOpen(proposal);
      const last = await this.proposals.takeNudge(tx, id);
      if (last) {
        const retry = Math.max(1, Math.ceil((last.getTime() + 24 * 3600_000 - now.getTime()) / 1000));
        throw DecisionsException.nudgedRecently(retry);
      }
      const nonVoterIds = await this.votes.nonVoters(tx, id);
      await record({ type: DomainEventType.ProposalNudged, aggregateType: 'Proposal', aggregateId: id, spaceId: proposal.spaceId, payload: { nonVoterIds } });
      return nonVoterIds.length;
    });
  }
}
