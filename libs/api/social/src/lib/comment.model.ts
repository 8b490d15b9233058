import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { NodeModel } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';

@ObjectType('Comment', { implements: () => [NodeModel] })
export class CommentModel extends NodeModel {
  /** Internal ids, for field resolvers. */
  uuid!: string;
  authorId!: string;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => String, { description: 'Markdown as written' })
  body!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML' })
  html!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
