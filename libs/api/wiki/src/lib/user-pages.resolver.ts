import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DomainException, groupByKeys, loaderFor, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';
import { decodeId } from '@pnyx/shared/contracts';
import { toPageModel } from './page.mapper';
import { PageModel } from './page.model';
import { PageRepository } from './page.repository';

const MAX_RECENT = 50;

@Resolver(() => UserModel)
export class UserPagesResolver {
  constructor(private readonly pages: PageRepository) {}

  @ResolveField(() => [PageModel], { description: `Pages this person created or last edited that the caller may read, last edited first (at most ${MAX_RECENT})` })
  async recentPages(
    @Parent() u: UserModel,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<PageModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RECENT) throw DomainException.badInput('first', `first must be between 1 and ${MAX_RECENT}`);
    const me = viewer(ctx).id;
    const rows = await loaderFor(ctx, `user.recentPages:${me}:${first}`, () =>
      new DataLoader<string, Awaited<ReturnType<PageRepository['recentByPeople']>>>(async (ids) =>
        groupByKeys(ids, await this.pages.recentByPeople(me, ids, first), (r) => r.personId),
      ),
    ).load(decodeId(u.id)?.id ?? '');
    return rows.map(({ personId: _personId, ...page }) => toPageModel(page));
  }
}
