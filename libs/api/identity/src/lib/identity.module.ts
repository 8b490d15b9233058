import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { USER_SYNC } from '@pnyx/api/core/auth';
import { DomainException, NodeRegistry } from '@pnyx/api/core/graphql';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { UserLoader } from './user.loader';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';
import { UserRepository } from './user.repository';

@Global()
@Module({
  providers: [UserRepository, IdentityService, UserLoader, IdentityResolver, NodeRegistry, { provide: USER_SYNC, useExisting: IdentityService }],
  exports: [UserRepository, UserLoader, NodeRegistry, USER_SYNC],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loader: UserLoader,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', UserModel, async (ctx, id) => {
      const user = await this.loader.load(ctx, id);
      if (!user) throw DomainException.notFound('User', 'id');
      return toUserModel(user);
    });
  }
}
