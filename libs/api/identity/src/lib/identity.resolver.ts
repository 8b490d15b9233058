import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { DomainException, NodeModel, NodeRegistry, type AuthUser, type GraphqlContext } from '@pnyx/api/core/graphql';
import { decodeId } from '@pnyx/shared/contracts';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';
import { UserRepository } from './user.repository';

const SEARCH_LIMIT = 20;

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly userRepository: UserRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  @Authenticated()
  @Query(() => UserModel, { description: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): UserModel {
    return toUserModel(user);
  }

  @Authenticated()
  @Query(() => [UserModel], { description: `Users whose username, name or email contains the text (at most ${SEARCH_LIMIT})` })
  async users(@Args('search', { type: () => String, nullable: true }) search: string | null): Promise<UserModel[]> {
    const text = search?.trim() ?? '';
    if (text.length > 100) throw DomainException.badInput('search', 'search must be at most 100 characters');
    return (await this.userRepository.search(text || null, SEARCH_LIMIT)).map(toUserModel);
  }

  @Authenticated()
  @Query(() => UserModel, { nullable: true, description: 'A person by username (any case), for their profile; NOT_FOUND if there is none' })
  async user(@Args('username', { type: () => String }) username: string): Promise<UserModel> {
    const found = username.length <= 100 ? await this.userRepository.findByUsername(username.trim()) : null;
    if (!found) throw DomainException.notFound('User', 'username');
    return toUserModel(found);
  }

  @Authenticated()
  @Query(() => NodeModel, { nullable: true, description: 'Any object by its global id, if the caller may see it' })
  async node(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<object> {
    const decoded = decodeId(id);
    const load = decoded && this.nodes.loader(decoded.type);
    if (!decoded || !load) throw DomainException.notFound('Node', 'id');
    return load(ctx, decoded.id);
  }
}
