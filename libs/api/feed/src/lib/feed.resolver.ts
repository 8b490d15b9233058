import { Args, Context, Int, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import { filterMap, PubSub } from '@pnyx/api/core/realtime';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { FEED_ITEM_ADDED, type FeedItemAddedMessage } from './feed.consumer';
import { FeedConnectionModel, FeedFilterInput, FeedItemModel } from './feed.model';
import { FeedService } from './feed.service';

const FILTER = { type: () => FeedFilterInput, nullable: true, description: 'None: everything the caller may read' } as const;

@Resolver(() => FeedItemModel)
export class FeedResolver {
  constructor(
    private readonly service: FeedService,
    private readonly pubSub: PubSub,
    private readonly users: UserLoader,
  ) {}

  @Authenticated()
  @Query(() => FeedConnectionModel, {
    description: 'What happened in everything the caller may read, newest first (20 per page unless `first` says otherwise, at most 100)',
  })
  feed(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', FILTER) filter: FeedFilterInput | null,
  ): Promise<FeedConnectionModel> {
    return this.service.page(ctx, user, first, after, this.service.scopeOf(filter));
  }

  /**
   * Each new item the caller may read (and that matches the filter), as it is
   * written. Checked per item and subscriber when it arrives, so a member who
   * lost access gets nothing more from that space.
   */
  @Authenticated()
  @Subscription(() => FeedItemModel, {
    description: 'New feed items the caller may read, matching the filter, as they happen',
    resolve: (item: FeedItemModel) => item,
  })
  async feedItemAdded(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('filter', FILTER) filter: FeedFilterInput | null,
  ): Promise<AsyncIterableIterator<FeedItemModel>> {
    const scope = this.service.scopeOf(filter);
    const messages = await this.pubSub.subscribe<FeedItemAddedMessage>(FEED_ITEM_ADDED);
    return filterMap(messages, async ({ data }) => {
      if (scope.spaceId !== null && data.spaceId !== scope.spaceId) return undefined;
      // One context serves the whole subscription; each item starts with fresh loaders.
      ctx.loaders.clear();
      return (await this.service.itemFor(ctx, user, data.itemId, scope)) ?? undefined;
    });
  }

  @ResolveField(() => UserModel, { description: 'Who did it (for a proposal closed by its deadline, its author)' })
  actor(@Parent() item: FeedItemModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, item.actorId);
  }
}
