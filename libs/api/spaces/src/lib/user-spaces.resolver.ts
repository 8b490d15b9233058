import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { groupByKeys, loaderFor, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';
import { decodeId } from '@pnyx/shared/contracts';
import { toSpaceModel } from './space.mapper';
import { SpaceModel } from './space.model';
import { SpaceRepository } from './space.repository';

@Resolver(() => UserModel)
export class UserSpacesResolver {
  constructor(private readonly repo: SpaceRepository) {}

  @ResolveField(() => [SpaceModel], { description: 'The spaces this person belongs to that the caller may read, by name' })
  async spaces(@Parent() u: UserModel, @Context() ctx: GraphqlContext): Promise<SpaceModel[]> {
    const me = viewer(ctx).id;
    const rows = await loaderFor(ctx, `user.spaces:${me}`, () =>
      new DataLoader<string, Awaited<ReturnType<SpaceRepository['membershipsVisibleTo']>>>(async (ids) =>
        groupByKeys(ids, await this.repo.membershipsVisibleTo(me, ids), (r) => r.memberId),
      ),
    ).load(decodeId(u.id)?.id ?? '');
    return rows.map(({ memberId: _memberId, ...space }) => toSpaceModel(space));
  }
}
