import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import { filterMap, PubSub } from '@pnyx/api/core/realtime';
import { DecisionsException } from './decisions.exception';
import { PROPOSAL_UPDATED, type ProposalUpdatedMessage } from './proposal-subscription.consumer';
import { ProposalLoader } from './proposal.loader';
import { proposalUuid, toProposalModel } from './proposal.mapper';
import { ProposalModel } from './proposal.model';

@Resolver(() => ProposalModel)
export class ProposalSubscriptionResolver {
  constructor(
    private readonly pubSub: PubSub,
    private readonly loader: ProposalLoader,
  ) {}

  /**
   * NOT_FOUND at once for a proposal the caller cannot read (as the
   * `proposal` query). Then, for each committed change, checks again that the
   * caller may read it and sends the proposal as it is then — through the
   * same field resolvers, so a hidden tally carries no counts before close.
   */
  @Authenticated()
  @Subscription(() => ProposalModel, {
    description: 'A proposal each time it gets a vote, an argument, an amendment, a new closing time, its close or withdrawal',
    resolve: (proposal: ProposalModel) => proposal,
  })
  async proposalUpdated(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<AsyncIterableIterator<ProposalModel>> {
    const uuid = proposalUuid(id);
    if (!(await this.loader.visible(ctx, user.id, uuid))) throw DecisionsException.proposalNotFound('id');
    const messages = await this.pubSub.subscribe<ProposalUpdatedMessage>(PROPOSAL_UPDATED);
    return filterMap(messages, async ({ data }) => {
      if (data.proposalId !== uuid) return undefined;
      ctx.loaders.clear();
      const proposal = await this.loader.visible(ctx, user.id, uuid);
      return proposal ? toProposalModel(proposal) : undefined;
    });
  }
}
