import { Args, Context, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { SpaceAccess } from '@pnyx/api/spaces';
import { pageContentSelected, pageSpaceSelected } from './field-selection';
import { PageReader } from './page-reader';
import { PageLoader } from './page.loader';
import { pageUuid, toPageModel, toPageRevisionModel } from './page.mapper';
import { PageConnectionModel, PageDiffModel, PageModel } from './page.model';
import { PageRepository } from './page.repository';
import { WikiException } from './wiki.exception';

@Resolver(() => PageModel)
export class PageQueryResolver {
  constructor(
    private readonly loader: PageLoader,
    private readonly repository: PageRepository,
    private readonly reader: PageReader,
    private readonly spaces: SpaceAccess,
  ) {}

  @Authenticated()
  @Query(() => PageModel, { nullable: true, description: 'A page by id; NOT_FOUND if it does not exist or is hidden from the caller' })
  async page(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageModel> {
    const page = await this.loader.visible(ctx, user.id, pageUuid(id, 'id'), pageContentSelected(info), pageSpaceSelected(info));
    if (!page) throw WikiException.pageNotFound('id');
    return toPageModel(page);
  }

  @Authenticated()
  @Query(() => PageModel, { nullable: true, description: 'A page by any of its slugs (current or old); its `slug` is the canonical one' })
  async pageBySlug(
    @CurrentUser() user: AuthUser,
    @Args('spaceKey', { type: () => String }) spaceKey: string,
    @Args('slug', { type: () => String }) slug: string,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageModel> {
    const found = await this.repository.findVisibleBySlug(user.id, spaceKey.trim(), slug.trim().toLowerCase(), pageContentSelected(info));
    if (!found) throw WikiException.pageNotFound('slug');
    this.spaces.prime(ctx, user, found.space);
    return toPageModel(found.page);
  }

  @Authenticated()
  @Query(() => PageDiffModel, { description: 'The difference between two versions of a page (either order)' })
  async pageDiff(
    @CurrentUser() user: AuthUser,
    @Args('pageId', { type: () => ID }) pageId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<PageDiffModel> {
    const diff = await this.reader.diff(user, pageId, fromVersion, toVersion);
    return Object.assign(new PageDiffModel(), {
      fromVersion,
      toVersion,
      unified: diff.unified,
      from: toPageRevisionModel(diff.from, diff.page.spaceId),
      to: toPageRevisionModel(diff.to, diff.page.spaceId),
      lines: diff.lines,
      additions: diff.lines.filter((l) => l.kind === 'ADDED').length,
      deletions: diff.lines.filter((l) => l.kind === 'REMOVED').length,
      approximate: diff.approximate,
    });
  }

  @Authenticated()
  @Query(() => [PageModel], { description: "The templates in a space's templates area, by title (at most 100)" })
  async templates(@CurrentUser() user: AuthUser, @Args('spaceKey', { type: () => String }) spaceKey: string): Promise<PageModel[]> {
    return (await this.reader.templates(user, spaceKey)).map(toPageModel);
  }

  @Authenticated()
  @Query(() => PageConnectionModel, { description: 'Pages (and templates) of a space with a label, by title' })
  async pagesByLabel(
    @CurrentUser() user: AuthUser,
    @Args('spaceKey', { type: () => String }) spaceKey: string,
    @Args('label', { type: () => String }) label: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PageConnectionModel> {
    const list = await this.reader.withLabel(user, spaceKey, label, first, after);
    return { nodes: list.nodes.map(toPageModel), pageInfo: list.pageInfo };
  }

  @Authenticated()
  @Query(() => String, { description: 'A draft body rendered exactly as saving it in the space would (sanitised HTML)' })
  pagePreview(
    @CurrentUser() user: AuthUser,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<string> {
    return this.reader.preview(user, spaceId, body);
  }
}
