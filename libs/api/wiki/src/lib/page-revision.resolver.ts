import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { SpaceAccess, SpaceException } from '@pnyx/api/spaces';
import { viewer } from '@pnyx/api/core/graphql';
import { PageReader } from './page-reader';
import { PageLoader } from './page.loader';
import { PageRevisionModel } from './page.model';

@Resolver(() => PageRevisionModel)
export class PageRevisionResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
    private readonly reader: PageReader,
    private readonly pages: PageLoader,
  ) {}

  @ResolveField(() => UserModel)
  async author(@Parent() revision: PageRevisionModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, revision.authorId);
  }

  @ResolveField(() => String, { description: "This version's body rendered and sanitised (links resolved as of now)" })
  async html(@Parent() revision: PageRevisionModel, @Context() ctx: GraphqlContext): Promise<string> {
    const found = await this.spaces.readable(ctx, viewer(ctx), revision.spaceId);
    if (!found) throw SpaceException.spaceNotFound('spaceId');
    return this.reader.renderHtml({ id: found.space.id, key: found.space.key }, revision, this.pages.linkTargets(ctx));
  }
}
