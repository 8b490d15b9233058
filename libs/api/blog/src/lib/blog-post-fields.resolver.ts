import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, afterUuid, pageSize, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { CommentLoader, CommentModel, FollowLoader, ReactionCountModel, ReactionLoader, toCommentModel } from '@pnyx/api/social';
import { SpaceAccess, SpaceModel, toSpaceModel } from '@pnyx/api/spaces';
import { BlogPostLoader } from './blog-post.loader';
import { toBlogPostRevisionModel } from './blog-post.mapper';
import { BlogPostModel, BlogPostRevisionModel } from './blog-post.model';
import { BlogPolicy } from './blog.policy';

const FIRST = { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` } as const;

/** Blog post fields, each through a per-request loader; the post itself is already known to be readable. */
@Resolver(() => BlogPostModel)
export class BlogPostFieldsResolver {
  constructor(
    private readonly posts: BlogPostLoader,
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
    private readonly reactionLoader: ReactionLoader,
    private readonly commentLoader: CommentLoader,
    private readonly follows: FollowLoader,
  ) {}

  @ResolveField(() => UserModel)
  author(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, p.authorId);
  }

  @ResolveField(() => SpaceModel, { nullable: true, description: 'None: a personal post' })
  async space(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): Promise<SpaceModel | null> {
    if (!p.spaceId) return null;
    const found = await this.spaces.readable(ctx, viewer(ctx), p.spaceId);
    return found ? toSpaceModel(found.space) : null;
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Reactions per emoji (only those with any), in the fixed emoji order' })
  reactions(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): Promise<ReactionCountModel[]> {
    return this.reactionLoader.counts(ctx, viewer(ctx).id, 'BlogPost', p.uuid);
  }

  @ResolveField(() => [CommentModel], { description: 'Oldest first' })
  async comments(
    @Parent() p: BlogPostModel,
    @Context() ctx: GraphqlContext,
    @Args('first', FIRST) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last comment already shown' }) after: string | null,
  ): Promise<CommentModel[]> {
    return (await this.commentLoader.forSubject(ctx, 'BlogPost', p.uuid, pageSize(first ?? MAX_PAGE_SIZE), afterUuid(after, 'Comment'))).map(toCommentModel);
  }

  @ResolveField(() => Boolean)
  followedByMe(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.follows.isFollowing(ctx, viewer(ctx).id, 'BlogPost', p.uuid);
  }

  @ResolveField(() => [BlogPostRevisionModel], { description: 'Every version, newest first' })
  async revisions(
    @Parent() p: BlogPostModel,
    @Context() ctx: GraphqlContext,
    @Args('first', FIRST) first: number | null,
    @Args('before', { type: () => Int, nullable: true, description: 'Only versions older than this one' }) before: number | null,
  ): Promise<BlogPostRevisionModel[]> {
    return (await this.posts.revisions(ctx, p.uuid, pageSize(first ?? MAX_PAGE_SIZE), before ?? null)).map(toBlogPostRevisionModel);
  }

  @ResolveField(() => Boolean, { description: 'The caller wrote it and may edit it' })
  canEdit(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): boolean {
    return BlogPolicy.canEdit(viewer(ctx).id, p);
  }

  @ResolveField(() => Boolean, { description: 'The caller wrote this draft and may publish it' })
  canPublish(@Parent() p: BlogPostModel, @Context() ctx: GraphqlContext): boolean {
    return BlogPolicy.canPublish(viewer(ctx).id, p);
  }
}
