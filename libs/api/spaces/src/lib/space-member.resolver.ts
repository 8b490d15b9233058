import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainException, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel, toUserModel } from '@pnyx/api/identity';
import { SpaceMemberModel } from './space.model';

@Resolver(() => SpaceMemberModel)
export class SpaceMemberResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  async user(@Parent() member: SpaceMemberModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    const user = await this.users.load(ctx, member.userId);
    if (!user) throw DomainException.notFound('User');
    return toUserModel(user);
  }
}
