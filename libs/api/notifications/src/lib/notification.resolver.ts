import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { NodeModel, type AuthUser, type GraphqlContext } from '@pnyx/api/core/graphql';
import { filterMap, PubSub } from '@pnyx/api/core/realtime';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { NotificationConnectionModel, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';
import { NOTIFICATION_ADDED, type NotificationAddedMessage } from './notifier';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly pubSub: PubSub,
    private readonly users: UserLoader,
  ) {}

  @Authenticated()
  @Query(() => NotificationConnectionModel, {
    description: "The caller's notifications, newest first (20 per page unless `first` says otherwise, at most 100), with the unread count",
  })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
  ): Promise<NotificationConnectionModel> {
    return this.service.page(user, first, after, unreadOnly === true);
  }

  @Authenticated()
  @Mutation(() => Int, { description: "Marks the caller's notifications read (`ids`, at most 100; none: all); returns how many changed" })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null): Promise<number> {
    return this.service.markRead(user, ids);
  }

  /** Each new notification of the caller, as it is written; nobody else's. Loaded fresh per message. */
  @Authenticated()
  @Subscription(() => NotificationModel, { description: "The caller's new notifications, as they are written", resolve: (n: NotificationModel) => n })
  async notificationAdded(@CurrentUser() user: AuthUser, @Context() ctx: GraphqlContext): Promise<AsyncIterableIterator<NotificationModel>> {
    const messages = await this.pubSub.subscribe<NotificationAddedMessage>(NOTIFICATION_ADDED);
    return filterMap(messages, async ({ data }) => {
      if (data.recipientId !== user.id) return undefined;
      // One context serves the whole subscription; each message starts with fresh loaders.
      ctx.loaders.clear();
      return this.service.own(ctx, data.notificationId).catch(() => undefined);
    });
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it; null for what the schedule did' })
  async actor(@Parent() n: NotificationModel, @Context() ctx: GraphqlContext): Promise<UserModel | null> {
    return n.actorId === null ? null : this.users.model(ctx, n.actorId).catch(() => null);
  }

  @ResolveField(() => NodeModel, { nullable: true, description: 'What it is about (a Post, Comment, Page or Proposal); null once gone or hidden from the recipient' })
  subject(@Parent() n: NotificationModel, @Context() ctx: GraphqlContext): Promise<object | null> {
    return this.service.subjectOf(ctx, n);
  }
}
