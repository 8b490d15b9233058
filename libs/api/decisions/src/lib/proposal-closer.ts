import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { UnitOfWork, type UseCase } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { JobQueue } from '@pnyx/api/core/jobs';
import { DomainEventType } from '@pnyx/shared/contracts';
import { decide, type DecisionProcess } from '@pnyx/shared/decisions';
import { ArgumentRepository } from './argument.repository';
import { recordHash, type DecisionRecordContent } from './decision-record';
import { DecisionRecordRepository } from './decision-record.repository';
import { DecisionsException } from './decisions.exception';
import { DecisionsPolicy } from './decisions.policy';
import { ProposalAccess } from './proposal-access';
import { optionalText, rule } from './proposal-input.validation';
import {
  ADVICE_GRACE_MS,
  CLOSE_TASK,
  DEADLINE_TASK,
  NO_DECISION_STATEMENT,
  REVIEW_TASK,
  closeJobKey,
  deadlineJobKey,
} from './proposal-jobs';
import type { CloseProposalInput } from './proposal.inputs';
import type { ProposalEntity } from './proposal.entity';
import { ProposalRepository } from './proposal.repository';
import { VoteRepository } from './vote.repository';

type ClosedBy = 'author' | 'owner' | 'manager' | 'schedule';

/**
 * Closing, exactly once: by a person (`close`), or by the platform's job
 * queue at the closing time (`closeDue`, a keyed job the proposal's changes
 * move or cancel). Both lock the proposal row FOR UPDATE and do nothing to a
 * proposal that is no longer open, so a second run — another process, a
 * retry after a restart — changes nothing.
 */
@Injectable()
export class ProposalCloser implements OnModuleInit {
  private readonly logger = new Logger(ProposalCloser.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: ProposalAccess,
    private readonly proposals: ProposalRepository,
    private readonly votes: VoteRepository,
    private readonly argumentsRepo: ArgumentRepository,
    private readonly records: DecisionRecordRepository,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ proposalId: string }>(CLOSE_TASK, ({ proposalId }) => this.closeDue(proposalId));
    this.jobs.define<{ proposalId: string }>(DEADLINE_TASK, ({ proposalId }) => this.adviceDeadline(proposalId));
    this.jobs.define<{ proposalId: string }>(REVIEW_TASK, ({ proposalId }) => this.reviewDue(proposalId));
  }

  /** The author (or, except for ADVICE, an owner or a member manager) closes an open proposal now. */
  close(user: AuthUser, id: string, input: CloseProposalInput, now = new Date()): Promise<ProposalEntity> {
    const statement = optionalText(input.statement, 'statement');
    return this.uow.run(user, async (uc) => {
      const { proposal, space } = await this.access.requireReadable(user, id, uc.tx, 'update');
      this.access.requireOpen(proposal);
      const by = DecisionsPolicy.closerKind(user.id, user.roles, space.role, proposal);
      if (!by) throw proposal.process === 'ADVICE' ? DecisionsException.notAuthor('decide an advice proposal') : DecisionsException.cannotClose();
      let decision: 'ACCEPTED' | 'REJECTED' | null = null;
      if (proposal.process === 'ADVICE') {
        if (input.outcome !== 'ACCEPTED' && input.outcome !== 'REJECTED') throw DomainException.badInput('outcome', 'Record the decision: ACCEPTED or REJECTED');
        if (!statement) throw DomainException.badInput('statement', 'Explain the decision in a statement');
        decision = input.outcome;
      } else if (input.outcome != null) {
        throw DomainException.badInput('outcome', 'The outcome of this process is computed from the votes; only ADVICE records one');
      }
      return this.finish(uc, proposal, { by, closedBy: user.id, decision, statement, now });
    });
  }

  /** The close job: at the closing time. ADVICE without a decision: remind the author and wait 7 more days. */
  async closeDue(proposalId: string, now = new Date()): Promise<void> {
    await this.uow.run(null, async (uc) => {
      const proposal = await this.proposals.lock(uc.tx, proposalId, 'update');
      if (!proposal || proposal.status !== 'OPEN') return;
      if (now.getTime() < proposal.closesAt.getTime()) {
        // Moved later after this job was taken: the moved job closes it.
        return;
      }
      if (proposal.process === 'ADVICE') {
        const deadline = new Date(proposal.closesAt.getTime() + ADVICE_GRACE_MS);
        await this.jobs.addIn(uc.tx, DEADLINE_TASK, { proposalId }, { runAt: deadline, jobKey: deadlineJobKey(proposalId) });
        await uc.record({
          type: DomainEventType.ProposalDecisionDue,
          aggregateType: 'Proposal',
          aggregateId: proposalId,
          spaceId: proposal.spaceId,
          payload: { authorId: proposal.authorId, deadline: deadline.toISOString() },
        });
        return;
      }
      await this.finish(uc, proposal, { by: 'schedule', closedBy: null, decision: null, statement: null, now });
    });
  }

  /** ADVICE still undecided 7 days after its closing time: closes as REJECTED, "no decision recorded". */
  async adviceDeadline(proposalId: string, now = new Date()): Promise<void> {
    await this.uow.run(null, async (uc) => {
      const proposal = await this.proposals.lock(uc.tx, proposalId, 'update');
      if (!proposal || proposal.status !== 'OPEN' || proposal.process !== 'ADVICE') return;
      if (now.getTime() < proposal.closesAt.getTime() + ADVICE_GRACE_MS) return;
      await this.finish(uc, proposal, { by: 'schedule', closedBy: null, decision: 'REJECTED', statement: NO_DECISION_STATEMENT, now });
    });
  }

  /** The review date: an event the notifications consumer turns into reminders for the followers. */
  async reviewDue(proposalId: string): Promise<void> {
    await this.uow.run(null, async (uc) => {
      const proposal = await this.proposals.lock(uc.tx, proposalId, 'share');
      if (!proposal?.reviewAt || proposal.status === 'WITHDRAWN') return;
      await uc.record({
        type: DomainEventType.ProposalReviewDue,
        aggregateType: 'Proposal',
        aggregateId: proposalId,
        spaceId: proposal.spaceId,
        payload: { reviewAt: proposal.reviewAt.toISOString(), title: proposal.title },
      });
    });
  }

  /** Tally, outcome, the immutable record, the audit row (from the event): all in the caller's transaction. */
  private async finish(
    uc: UseCase,
    proposal: ProposalEntity,
    c: { by: ClosedBy; closedBy: string | null; decision: 'ACCEPTED' | 'REJECTED' | null; statement: string | null; now: Date },
  ): Promise<ProposalEntity> {
    const { tx } = uc;
    const id = proposal.id;
    // One connection (the transaction's): these run one after another either way.
    const options = await this.proposals.optionsOf([id], tx);
    const votes = await this.votes.votesOf([id], tx);
    const args = await this.argumentsRepo.argumentsOf([id], tx);
    const space = await this.records.spaceOf(tx, proposal.spaceId);
    const result = rule(() =>
      decide({
        process: proposal.process as DecisionProcess,
        options,
        ballots: votes.map((v) => ({ optionId: v.optionId, ranking: v.ranking })),
        eligibleCount: proposal.eligibleVoterCount,
        quorumPercent: proposal.quorumPercent,
        authorDecision: c.decision ? { outcome: c.decision } : null,
      }),
    );
    const people = new Map(
      (await this.records.people(tx, [proposal.authorId, ...votes.map((v) => v.voterId), ...args.map((a) => a.authorId)])).map((p) => [p.id, p]),
    );
    const person = (userId: string) => people.get(userId) ?? { id: userId, username: '', displayName: '' };
    const winning = options.find((o) => o.id === result.winningOptionId) ?? null;
    const content: DecisionRecordContent = {
      format: 'pnyx.decision-record/1',
      proposalId: id,
      space,
      question: { title: proposal.title, description: proposal.description, version: proposal.version },
      process: proposal.process,
      author: person(proposal.authorId),
      openedAt: proposal.createdAt.toISOString(),
      closesAt: proposal.closesAt.toISOString(),
      closedAt: c.now.toISOString(),
      closedBy: c.by,
      outcome: result.outcome,
      statement: c.statement,
      winningOption: winning ? { id: winning.id, label: winning.label } : null,
      options: options.map((o) => ({ id: o.id, code: o.code, label: o.label })),
      tally: result.tally.map((t) => ({ ...t, label: options.find((o) => o.id === t.optionId)?.label ?? '' })),
      rounds: result.rounds ?? null,
      quorumPercent: proposal.quorumPercent,
      eligibleVoterCount: proposal.eligibleVoterCount,
      voteCount: votes.length,
      participation: result.participation,
      votes: votes.map((v) => ({
        voter: person(v.voterId),
        optionId: v.optionId,
        ranking: v.ranking,
        reason: v.reason,
        proposalVersion: v.proposalVersion,
        castAt: v.createdAt.toISOString(),
        updatedAt: v.updatedAt.toISOString(),
      })),
      arguments: args.map((a) => ({ side: a.side, body: a.body, author: person(a.authorId), createdAt: a.createdAt.toISOString() })),
    };
    const hash = recordHash(content);
    await this.proposals.close(tx, id, { outcome: result.outcome, statement: c.statement, winningOptionId: result.winningOptionId, closedAt: c.now, closedBy: c.closedBy });
    await this.records.insert(tx, { proposalId: id, spaceId: proposal.spaceId, content: content as unknown as Record<string, unknown>, hash, closedAt: c.now });
    if (c.by !== 'schedule') await this.jobs.removeIn(tx, closeJobKey(id));
    await this.jobs.removeIn(tx, deadlineJobKey(id));
    await uc.record({
      type: DomainEventType.ProposalClosed,
      aggregateType: 'Proposal',
      aggregateId: id,
      spaceId: proposal.spaceId,
      payload: {
        outcome: result.outcome,
        winningOptionId: result.winningOptionId,
        statement: c.statement,
        voteCount: votes.length,
        eligibleVoterCount: proposal.eligibleVoterCount,
        recordHash: hash,
        by: c.by,
      },
    });
    this.logger.log(`Proposal ${id} closed (${c.by}): ${result.outcome}`);
    return { ...proposal, status: 'CLOSED', outcome: result.outcome, outcomeStatement: c.statement, winningOptionId: result.winningOptionId, closedAt: c.now, closedBy: c.closedBy };
  }
}
