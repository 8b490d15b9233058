import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, afterUuid, pageSize, type GraphqlContext } from '@pnyx/api/core/graphql';
import { SpaceModel } from '@pnyx/api/spaces';
import { PageLoader } from './page.loader';
import { toPageModel } from './page.mapper';
import { PageLabelCountModel, PageModel } from './page.model';

/** The wiki's fields on Space (a space reaching the caller is readable). */
@Resolver(() => SpaceModel)
export class SpacePagesResolver {
  constructor(private readonly pages: PageLoader) {}

  @ResolveField(() => [PageModel], { description: 'Top-level pages by position, then title (templates are listed by `templates`)' })
  async rootPages(
    @Parent() space: SpaceModel,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` }) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last page already shown' }) after: string | null,
  ): Promise<PageModel[]> {
    return (await this.pages.roots(ctx, space.uuid, pageSize(first ?? MAX_PAGE_SIZE), afterUuid(after, 'Page'))).map(toPageModel);
  }

  @ResolveField(() => [PageLabelCountModel], { description: 'Labels used on pages of the space, most used first' })
  async pageLabels(
    @Parent() space: SpaceModel,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` }) first: number | null,
  ): Promise<PageLabelCountModel[]> {
    return this.pages.spaceLabels(ctx, space.uuid, pageSize(first ?? MAX_PAGE_SIZE));
  }
}
