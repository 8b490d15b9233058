import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { spaceUuid } from '@pnyx/api/spaces';
import { ProposalCloser } from './proposal-closer';
import { proposalUuid, toArgumentModel, toProposalModel } from './proposal.mapper';
import { ArgumentModel, DissentModel, ProposalModel } from './proposal.model';
import {
  AddArgumentInput,
  AddDissentInput,
  AmendProposalInput,
  CastVoteInput,
  CloseProposalInput,
  CreateProposalInput,
  ExtendProposalInput,
  SetReviewDateInput,
} from './proposal.inputs';
import { ProposalService } from './proposal.service';
import { VoteService } from './vote.service';

@Resolver(() => ProposalModel)
export class ProposalMutationResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly votes: VoteService,
    private readonly closer: ProposalCloser,
  ) {}

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'Opens a proposal in a space (members only); it closes by itself at closesAt' })
  async createProposal(@CurrentUser() user: AuthUser, @Args('input', { type: () => CreateProposalInput }) input: CreateProposalInput): Promise<ProposalModel> {
    return toProposalModel(await this.proposals.create(user, spaceUuid(input.spaceId), input));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'Casts or changes the caller’s vote (eligible voters, while open)' })
  async castVote(@CurrentUser() user: AuthUser, @Args('input', { type: () => CastVoteInput }) input: CastVoteInput): Promise<ProposalModel> {
    return toProposalModel(await this.votes.cast(user, proposalUuid(input.proposalId, 'proposalId'), input));
  }

  @Authenticated()
  @Mutation(() => ArgumentModel, { description: 'An argument for (PRO) or against (CON) an open proposal' })
  async addArgument(@CurrentUser() user: AuthUser, @Args('input', { type: () => AddArgumentInput }) input: AddArgumentInput): Promise<ArgumentModel> {
    return toArgumentModel(await this.votes.addArgument(user, proposalUuid(input.proposalId, 'proposalId'), input));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'Closes an open proposal now; ADVICE: the author records outcome and statement' })
  async closeProposal(@CurrentUser() user: AuthUser, @Args('input', { type: () => CloseProposalInput }) input: CloseProposalInput): Promise<ProposalModel> {
    return toProposalModel(await this.closer.close(user, proposalUuid(input.id), input));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'The author withdraws an open proposal (no outcome, no record)' })
  async withdrawProposal(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ProposalModel> {
    return toProposalModel(await this.proposals.withdraw(user, proposalUuid(id)));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'The author amends the text of an open proposal (a new version; earlier voters are told)' })
  async amendProposal(@CurrentUser() user: AuthUser, @Args('input', { type: () => AmendProposalInput }) input: AmendProposalInput): Promise<ProposalModel> {
    return toProposalModel(await this.proposals.amend(user, proposalUuid(input.id), input));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'The author moves the closing time of an open proposal later' })
  async extendProposal(@CurrentUser() user: AuthUser, @Args('input', { type: () => ExtendProposalInput }) input: ExtendProposalInput): Promise<ProposalModel> {
    return toProposalModel(await this.proposals.extend(user, proposalUuid(input.id), input));
  }

  @Authenticated()
  @Mutation(() => ProposalModel, { description: 'The author sets or clears the date on which followers are reminded to review the decision' })
  async setProposalReviewDate(@CurrentUser() user: AuthUser, @Args('input', { type: () => SetReviewDateInput }) input: SetReviewDateInput): Promise<ProposalModel> {
    return toProposalModel(await this.proposals.setReviewDate(user, proposalUuid(input.id), input));
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'A manager reminds the eligible voters who have not voted (once a day per proposal); returns how many' })
  nudgeVoters(@CurrentUser() user: AuthUser, @Args('proposalId', { type: () => ID }) proposalId: string): Promise<number> {
    return this.proposals.nudge(user, proposalUuid(proposalId, 'proposalId'));
  }

  @Authenticated()
  @Mutation(() => DissentModel, { description: 'A minority statement on a closed decision, by a voter who objected, opposed or voted no; cannot be changed' })
  async addDissent(@CurrentUser() user: AuthUser, @Args('input', { type: () => AddDissentInput }) input: AddDissentInput): Promise<DissentModel> {
    const d = await this.votes.addDissent(user, proposalUuid(input.proposalId, 'proposalId'), input.body);
    return Object.assign(new DissentModel(), { userId: d.userId, body: d.body, createdAt: d.createdAt });
  }
}
