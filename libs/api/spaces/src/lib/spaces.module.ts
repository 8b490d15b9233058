import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { SpaceAccess } from './space-access';
import { SpaceLifecycle } from './space-lifecycle';
import { SpaceException } from './space.exception';
import { SpaceMemberLoader } from './space-member.loader';
import { SpaceMemberResolver } from './space-member.resolver';
import { toSpaceModel } from './space.mapper';
import { SpaceModel } from './space.model';
import { SpaceRepository } from './space.repository';
import { SpaceResolver } from './space.resolver';
import { SpaceService } from './space.service';
import { UserSpacesResolver } from './user-spaces.resolver';

@Module({
  providers: [SpaceRepository, SpaceAccess, SpaceLifecycle, SpaceService, SpaceMemberLoader, SpaceResolver, SpaceMemberResolver, UserSpacesResolver],
  exports: [SpaceAccess, SpaceRepository, SpaceLifecycle],
})
export class SpacesModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly access: SpaceAccess,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Space', SpaceModel, async (ctx, id) => {
      const user = ctx.req.user;
      const found = user ? await this.access.readable(ctx, user, id) : null;
      if (!found) throw SpaceException.spaceNotFound('id');
      return toSpaceModel(found.space);
    });
  }
}
