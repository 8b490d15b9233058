import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { type AuthUser, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { AddCommentInput } from './add-comment.input';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { CommentService } from './comment.service';

@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly users: UserLoader,
  ) {}

  @Authenticated()
  @Mutation(() => CommentModel, { description: 'Comments on a page (or other commentable node) the caller may read' })
  async addComment(@CurrentUser() user: AuthUser, @Args('input', { type: () => AddCommentInput }) input: AddCommentInput): Promise<CommentModel> {
    return toCommentModel(await this.service.add(user, input));
  }

  @ResolveField(() => UserModel)
  async author(@Parent() comment: CommentModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, comment.authorId);
  }
}
