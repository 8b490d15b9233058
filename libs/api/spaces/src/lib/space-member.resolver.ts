import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { SpaceMemberModel } from './space.model';

@Resolver(() => SpaceMemberModel)
export class SpaceMemberResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  async user(@Parent() member: SpaceMemberModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, member.userId);
  }
}
