import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, afterUuid, pageSize, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { CommentLoader, CommentModel, FollowLoader, ReactionCountModel, ReactionLoader, toCommentModel } from '@pnyx/api/social';
import { SpaceAccess, SpaceModel, toSpaceModel } from '@pnyx/api/spaces';
import { PostLoader } from './post.loader';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';
import { PostsPolicy } from './posts.policy';

const FIRST = { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` } as const;

/** Post fields, each through a per-request loader; the post itself is already known to be readable. */
@Resolver(() => PostModel)
export class PostFieldsResolver {
  constructor(
    private readonly posts: PostLoader,
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
    private readonly reactionLoader: ReactionLoader,
    private readonly commentLoader: CommentLoader,
    private readonly follows: FollowLoader,
  ) {}

  @ResolveField(() => UserModel)
  author(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, p.authorId);
  }

  @ResolveField(() => SpaceModel, { nullable: true, description: 'None: a post to everyone' })
  async space(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<SpaceModel | null> {
    if (!p.spaceId) return null;
    const found = await this.spaces.readable(ctx, viewer(ctx), p.spaceId);
    return found ? toSpaceModel(found.space) : null;
  }

  @ResolveField(() => PostModel, { nullable: true, description: 'The post this replies to (it may be deleted)' })
  async replyTo(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<PostModel | null> {
    if (!p.replyToUuid) return null;
    const parent = await this.posts.visible(ctx, viewer(ctx).id, p.replyToUuid);
    return parent ? toPostModel(parent) : null;
  }

  @ResolveField(() => [PostModel], { description: 'Replies, oldest first; deleted ones stay, empty and marked deleted' })
  async replies(@Parent() p: PostModel, @Context() ctx: GraphqlContext, @Args('first', FIRST) first: number | null): Promise<PostModel[]> {
    return (await this.posts.replies(ctx, p.uuid, pageSize(first ?? MAX_PAGE_SIZE))).map(toPostModel);
  }

  @ResolveField(() => Int, { description: 'Replies that are not deleted' })
  replyCount(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<number> {
    return this.posts.replyCount(ctx, p.uuid);
  }

  @ResolveField(() => [UserModel], { description: 'The people @mentioned, resolved when the post was written or edited' })
  mentions(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<UserModel[]> {
    return Promise.all(p.mentionIds.map((id) => this.users.model(ctx, id)));
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Reactions per emoji (only those with any), in the fixed emoji order' })
  reactions(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<ReactionCountModel[]> {
    return this.reactionLoader.counts(ctx, viewer(ctx).id, 'Post', p.uuid);
  }

  @ResolveField(() => [CommentModel], { description: 'Oldest first' })
  async comments(
    @Parent() p: PostModel,
    @Context() ctx: GraphqlContext,
    @Args('first', FIRST) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last comment already shown' }) after: string | null,
  ): Promise<CommentModel[]> {
    return (await this.commentLoader.forSubject(ctx, 'Post', p.uuid, pageSize(first ?? MAX_PAGE_SIZE), afterUuid(after, 'Comment'))).map(toCommentModel);
  }

  @ResolveField(() => Boolean)
  followedByMe(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.follows.isFollowing(ctx, viewer(ctx).id, 'Post', p.uuid);
  }

  @ResolveField(() => Boolean, { description: 'The caller wrote it and may edit or delete it' })
  canEdit(@Parent() p: PostModel, @Context() ctx: GraphqlContext): boolean {
    return PostsPolicy.canChange(viewer(ctx).id, { authorId: p.authorId, spaceId: p.spaceId, replyToId: p.replyToUuid, deletedAt: p.deletedAt });
  }

  @ResolveField(() => Boolean, { description: "The caller may pin or unpin it as the space's announcement" })
  async canPin(@Parent() p: PostModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    if (!p.spaceId) return false;
    const user = viewer(ctx);
    const found = await this.spaces.readable(ctx, user, p.spaceId);
    return PostsPolicy.canPin(user.roles, found?.role ?? null, { authorId: p.authorId, spaceId: p.spaceId, replyToId: p.replyToUuid, deletedAt: p.deletedAt });
  }
}
