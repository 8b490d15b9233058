import { Args, Context, ID, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, afterUuid, pageSize, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { CommentLoader, CommentModel, FollowLoader, ReactionCountModel, ReactionLoader, toCommentModel } from '@pnyx/api/social';
import { SpaceAccess, SpaceException, SpaceModel, toSpaceModel, type SpaceWithRole } from '@pnyx/api/spaces';
import type { GraphQLResolveInfo } from 'graphql';
import { pageContentSelected, revisionAuthorSelected, revisionBodySelected } from './field-selection';
import { exportMarkdown } from './page-export';
import { PageLoader } from './page.loader';
import { toPageModel, toPageRevisionModel } from './page.mapper';
import { PageModel, PageRevisionModel } from './page.model';
import { PagePolicy } from './page.policy';

const LIST_ARGS = { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` } as const;

/**
 * Page fields, each through a per-request loader. The page itself is already
 * known to be readable. Pages and revisions are fetched without the large
 * columns (body, html) their selection does not ask for.
 */
@Resolver(() => PageModel)
export class PageFieldsResolver {
  constructor(
    private readonly pages: PageLoader,
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
    private readonly commentLoader: CommentLoader,
    private readonly followLoader: FollowLoader,
    private readonly reactionLoader: ReactionLoader,
  ) {}

  private async space(ctx: GraphqlContext, page: PageModel): Promise<SpaceWithRole> {
    const found = await this.spaces.readable(ctx, viewer(ctx), page.spaceId);
    if (!found) throw SpaceException.spaceNotFound('spaceId');
    return found;
  }

  private user(ctx: GraphqlContext, id: string): Promise<UserModel> {
    return this.users.model(ctx, id);
  }

  @ResolveField('space', () => SpaceModel)
  async spaceField(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<SpaceModel> {
    return toSpaceModel((await this.space(ctx, page)).space);
  }

  @ResolveField(() => PageModel, { nullable: true })
  async parent(@Parent() page: PageModel, @Context() ctx: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<PageModel | null> {
    if (!page.parentId) return null;
    const parent = await this.pages.visible(ctx, viewer(ctx).id, page.parentId, pageContentSelected(info));
    return parent ? toPageModel(parent) : null;
  }

  @ResolveField(() => [PageModel], { description: 'Subpages by position, then title' })
  async children(
    @Parent() page: PageModel,
    @Context() ctx: GraphqlContext,
    @Args('first', LIST_ARGS) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last page already shown' }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageModel[]> {
    return (await this.pages.children(ctx, page.uuid, pageSize(first ?? MAX_PAGE_SIZE), afterUuid(after, 'Page'), pageContentSelected(info))).map(toPageModel);
  }

  @ResolveField(() => Int, { description: 'How many subpages the page has' })
  childCount(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<number> {
    return this.pages.childCount(ctx, page.uuid);
  }

  @ResolveField(() => [PageModel], { description: 'Breadcrumb: the ancestors, root first' })
  async path(@Parent() page: PageModel, @Context() ctx: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<PageModel[]> {
    return (await this.pages.path(ctx, page.uuid, pageContentSelected(info))).map(toPageModel);
  }

  @ResolveField(() => UserModel)
  author(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.user(ctx, page.createdById);
  }

  @ResolveField(() => UserModel)
  updatedBy(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.user(ctx, page.updatedById);
  }

  @ResolveField(() => [String])
  labels(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<string[]> {
    return this.pages.labels(ctx, page.uuid);
  }

  @ResolveField(() => [PageRevisionModel], { description: 'Every version, newest first' })
  async revisions(
    @Parent() page: PageModel,
    @Context() ctx: GraphqlContext,
    @Args('first', LIST_ARGS) first: number | null,
    @Args('before', { type: () => Int, nullable: true, description: 'Only versions older than this one' }) before: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageRevisionModel[]> {
    const limit = pageSize(first ?? MAX_PAGE_SIZE);
    const revisions = await this.pages.revisions(ctx, page.uuid, limit, before ?? null, revisionBodySelected(info), revisionAuthorSelected(info));
    return revisions.map((r) => toPageRevisionModel(r, page.spaceId));
  }

  @ResolveField(() => PageRevisionModel, { nullable: true, description: 'One version; null if there is no such version' })
  async revision(@Parent() page: PageModel, @Context() ctx: GraphqlContext, @Args('version', { type: () => Int }) version: number): Promise<PageRevisionModel | null> {
    const revision = await this.pages.revision(ctx, page.uuid, version);
    return revision ? toPageRevisionModel(revision, page.spaceId) : null;
  }

  @ResolveField(() => [PageModel], { description: 'Pages linking here that the caller may read, by title' })
  async backlinks(
    @Parent() page: PageModel,
    @Context() ctx: GraphqlContext,
    @Args('first', LIST_ARGS) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last page already shown' }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageModel[]> {
    const limit = pageSize(first ?? MAX_PAGE_SIZE);
    return (await this.pages.backlinks(ctx, viewer(ctx).id, page.uuid, limit, afterUuid(after, 'Page'), pageContentSelected(info))).map(toPageModel);
  }

  @ResolveField(() => [CommentModel], { description: 'Oldest first' })
  async comments(
    @Parent() page: PageModel,
    @Context() ctx: GraphqlContext,
    @Args('first', LIST_ARGS) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last comment already shown' }) after: string | null,
  ): Promise<CommentModel[]> {
    const limit = pageSize(first ?? MAX_PAGE_SIZE);
    return (await this.commentLoader.forSubject(ctx, 'Page', page.uuid, limit, afterUuid(after, 'Comment'))).map(toCommentModel);
  }

  @ResolveField(() => Int)
  commentCount(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<number> {
    return this.commentLoader.count(ctx, 'Page', page.uuid);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller watches the page (follow / unfollow)' })
  watchedByMe(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.followLoader.isFollowing(ctx, viewer(ctx).id, 'Page', page.uuid);
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Reactions per emoji (only those with any), in the fixed emoji order' })
  reactions(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<ReactionCountModel[]> {
    return this.reactionLoader.counts(ctx, viewer(ctx).id, 'Page', page.uuid);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may edit, restore, move and label the page' })
  async canEdit(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return PagePolicy.canEdit((await this.space(ctx, page)).role);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may delete the page' })
  async canDelete(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return PagePolicy.canDelete((await this.space(ctx, page)).role, page.createdById === viewer(ctx).id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may comment on the page' })
  async canComment(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    const { space, role } = await this.space(ctx, page);
    return PagePolicy.canComment(space.visibility, role);
  }

  @ResolveField(() => String, { description: 'The page as a Markdown file (front matter, title, body)' })
  async exportMarkdown(@Parent() page: PageModel, @Context() ctx: GraphqlContext): Promise<string> {
    const [{ space }, labels] = await Promise.all([this.space(ctx, page), this.pages.labels(ctx, page.uuid)]);
    return exportMarkdown(page, space.key, labels);
  }
}
