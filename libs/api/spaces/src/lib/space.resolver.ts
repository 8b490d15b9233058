import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import { SpaceRole } from '@pnyx/shared/contracts';
import { AddSpaceMemberInput } from './add-space-member.input';
import { CreateSpaceInput } from './create-space.input';
import { SpaceMemberLoader } from './space-member.loader';
import { SpaceException } from './space.exception';
import { toSpaceMemberModel, toSpaceModel } from './space.mapper';
import { SpaceMemberModel, SpaceModel } from './space.model';
import { SpaceRepository } from './space.repository';
import { SpacePolicy } from './space.policy';
import { SpaceService } from './space.service';

@Resolver(() => SpaceModel)
export class SpaceResolver {
  constructor(
    private readonly repository: SpaceRepository,
    private readonly service: SpaceService,
    private readonly memberLoader: SpaceMemberLoader,
  ) {}

  @Authenticated()
  @Query(() => [SpaceModel], { description: 'Every space the caller may read, by name' })
  async spaces(@CurrentUser() user: AuthUser): Promise<SpaceModel[]> {
    return (await this.repository.listVisible(user.id)).map((s) => toSpaceModel(s.space));
  }

  @Authenticated()
  @Query(() => SpaceModel, { nullable: true, description: 'A space by key; NOT_FOUND if it does not exist or is hidden from the caller' })
  async space(@CurrentUser() user: AuthUser, @Args('key', { type: () => String }) key: string): Promise<SpaceModel> {
    const found = await this.repository.findVisibleByKey(user.id, key.trim());
    if (!found) throw SpaceException.spaceNotFound('key');
    return toSpaceModel(found.space);
  }

  @Authenticated()
  @Mutation(() => SpaceModel)
  async createSpace(@CurrentUser() user: AuthUser, @Args('input', { type: () => CreateSpaceInput }) input: CreateSpaceInput): Promise<SpaceModel> {
    return toSpaceModel(await this.service.create(user, input));
  }

  @Authenticated()
  @Mutation(() => SpaceModel)
  async addSpaceMember(@CurrentUser() user: AuthUser, @Args('input', { type: () => AddSpaceMemberInput }) input: AddSpaceMemberInput): Promise<SpaceModel> {
    return toSpaceModel(await this.service.addMember(user, input));
  }

  @ResolveField(() => [SpaceMemberModel])
  async members(@Parent() space: SpaceModel, @Context() ctx: GraphqlContext): Promise<SpaceMemberModel[]> {
    return (await this.memberLoader.load(ctx, space.uuid)).map(toSpaceMemberModel);
  }

  @ResolveField(() => Int, { description: 'How many people belong to the space' })
  async memberCount(@Parent() space: SpaceModel, @Context() ctx: GraphqlContext): Promise<number> {
    return (await this.memberLoader.load(ctx, space.uuid)).length;
  }

  @ResolveField(() => SpaceRole, { nullable: true, description: "The caller's role, null if not a member" })
  async myRole(@Parent() space: SpaceModel, @Context() ctx: GraphqlContext): Promise<SpaceRole | null> {
    const userId = ctx.req.user?.id;
    return (await this.memberLoader.load(ctx, space.uuid)).find((m) => m.userId === userId)?.role ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may add members and change their roles (the rule addSpaceMember enforces)' })
  async canManageMembers(@Parent() space: SpaceModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return SpacePolicy.canManageMembers(await this.myRole(space, ctx));
  }
}
