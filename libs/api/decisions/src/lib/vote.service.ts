import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { DomainEventType, decodeId } from '@pnyx/shared/contracts';
import { reasonRequired, validateRanking } from '@pnyx/shared/decisions';
import { ArgumentRepository } from './argument.repository';
import type { ArgumentEntity } from './argument.entity';
import { DecisionRecordRepository } from './decision-record.repository';
import { DecisionsException } from './decisions.exception';
import { DecisionsPolicy } from './decisions.policy';
import type { DissentEntity } from './dissent.entity';
import { ProposalAccess } from './proposal-access';
import { optionalText, rule, validateText } from './proposal-input.validation';
import type { AddArgumentInput, CastVoteInput } from './proposal.inputs';
import type { ProposalEntity } from './proposal.entity';
import { ProposalRepository } from './proposal.repository';
import { VoteRepository } from './vote.repository';
import type { DecisionProcess } from '@pnyx/shared/decisions';

/** The option uuid behind a ProposalOption id, or BAD_USER_INPUT naming `field`. */
export function optionUuid(id: string, field: string): string {
  const decoded = decodeId(id);
  if (!decoded || decoded.type !== 'ProposalOption') throw DecisionsException.optionNotFound(field);
  return decoded.id;
}

/** Votes, arguments and minority statements: what participants add to a proposal. */
@Injectable()
export class VoteService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: ProposalAccess,
    private readonly proposals: ProposalRepository,
    private readonly votes: VoteRepository,
    private readonly argumentsRepo: ArgumentRepository,
    private readonly records: DecisionRecordRepository,
  ) {}

  /**
   * Casts or changes the caller's vote. Takes the proposal row FOR SHARE:
   * votes run side by side, a close (FOR UPDATE) waits for those in flight
   * and every vote after it sees CLOSED — so each accepted vote is in the tally.
   */
  cast(user: AuthUser, proposalId: string, input: CastVoteInput, now = new Date()): Promise<ProposalEntity> {
    const reason = optionalText(input.reason, 'reason');
    const chosen = input.optionId != null ? optionUuid(input.optionId, 'optionId') : null;
    if (input.ranking && input.ranking.length > 100) throw DomainException.badInput('ranking', 'Rank at most 100 options');
    const ranked = input.ranking != null ? input.ranking.map((id) => optionUuid(id, 'ranking')) : null;
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, proposalId, tx, 'share', 'proposalId');
      this.access.requireOpen(proposal);
      if (proposal.process !== 'ADVICE' && now.getTime() >= proposal.closesAt.getTime()) throw DecisionsException.votingEnded();
      if (!(await this.votes.isEligible(tx, proposalId, user.id))) throw DecisionsException.notEligible();
      const options = await this.proposals.optionsOf([proposalId], tx);
      let optionId: string | null = null;
      let ranking: string[] | null = null;
      if (proposal.process === 'RANKED_CHOICE') {
        if (chosen) throw DomainException.badInput('optionId', 'A ranked-choice vote gives a ranking, not one option');
        if (!ranked) throw DomainException.badInput('ranking', 'Rank at least one option');
        rule(() => validateRanking(options.map((o) => o.id), ranked));
        ranking = ranked;
      } else {
        if (ranked) throw DomainException.badInput('ranking', 'Only a ranked-choice vote takes a ranking');
        if (!chosen) throw DomainException.badInput('optionId', 'Choose an option');
        const option = options.find((o) => o.id === chosen);
        if (!option) throw DecisionsException.optionNotFound('optionId');
        if (!reason && reasonRequired(proposal.process as DecisionProcess, option.code)) {
          throw DomainException.badInput('reason', `Give a reason for ${option.label}`);
        }
        optionId = chosen;
      }
      const vote = await this.votes.upsert(tx, { proposalId, voterId: user.id, optionId, ranking, reason, proposalVersion: proposal.version });
      const common = { voteId: vote.id, voterId: user.id, optionId, ranking, reasonGiven: reason !== null, proposalVersion: proposal.version };
      if (vote.inserted) {
        await record({ type: DomainEventType.VoteCast, aggregateType: 'Proposal', aggregateId: proposalId, spaceId: proposal.spaceId, payload: common });
      } else {
        await record({
          type: DomainEventType.VoteChanged,
          aggregateType: 'Proposal',
          aggregateId: proposalId,
          spaceId: proposal.spaceId,
          payload: { ...common, previousOptionId: vote.previousOptionId, previousRanking: vote.previousRanking },
        });
      }
      return proposal;
    });
  }

  /** Anyone who can see the proposal argues for or against it while it is open. */
  addArgument(user: AuthUser, proposalId: string, input: AddArgumentInput): Promise<ArgumentEntity> {
    const body = validateText(input.body, 'body');
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, proposalId, tx, 'share', 'proposalId');
      this.access.requireOpen(proposal);
      const argument = await this.argumentsRepo.insert(tx, { proposalId, side: input.side, body, authorId: user.id });
      await record({
        type: DomainEventType.ArgumentAdded,
        aggregateType: 'Proposal',
        aggregateId: proposalId,
        spaceId: proposal.spaceId,
        payload: { argumentId: argument.id, side: input.side },
      });
      return argument;
    });
  }

  /** A voter whose vote dissented attaches a minority statement to the closed record; once, never changed. */
  addDissent(user: AuthUser, proposalId: string, text: string): Promise<DissentEntity> {
    const body = validateText(text, 'body');
    return this.uow.run(user, async ({ tx, record }) => {
      const { proposal } = await this.access.requireReadable(user, proposalId, tx, 'share', 'proposalId');
      if (proposal.status !== 'CLOSED') throw DecisionsException.notClosed();
      const mine = await this.votes.myChoice(tx, proposalId, user.id);
      if (!mine || !DecisionsPolicy.canDissent(mine.code)) throw DecisionsException.cannotDissent();
      const dissent = await this.records.insertDissent(tx, { proposalId, userId: user.id, body });
      if (!dissent) throw DecisionsException.dissentExists();
      await record({ type: DomainEventType.DissentAdded, aggregateType: 'Proposal', aggregateId: proposalId, spaceId: proposal.spaceId, payload: { userId: user.id } });
      return dissent;
    });
  }
}
