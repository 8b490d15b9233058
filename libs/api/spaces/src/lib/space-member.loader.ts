import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import type { SpaceMemberEntity } from './space-member.entity';
import { SpaceRepository } from './space.repository';

@Injectable()
export class SpaceMemberLoader {
  constructor(private readonly spaces: SpaceRepository) {}

  load(ctx: GraphqlContext, spaceId: string): Promise<SpaceMemberEntity[]> {
    return loaderFor(ctx, 'space.members', () =>
      new DataLoader<string, SpaceMemberEntity[]>(async (ids) => groupByKeys(ids, await this.spaces.membersOf(ids), (m) => m.spaceId)),
    ).load(spaceId);
  }
}
