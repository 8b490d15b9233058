import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection, NodeModel } from '@pnyx/api/core/graphql';

@ObjectType('Post', { implements: () => [NodeModel], description: 'A micro-post: a short update to everyone or into a space' })
export class PostModel extends NodeModel {
  /** Internal ids, for field resolvers. */
  uuid!: string;
  authorId!: string;
  spaceId!: string | null;
  replyToUuid!: string | null;
  mentionIds!: string[];
  deletedAt!: Date | null;

  @Field(() => String, { description: 'Markdown as written; empty once deleted' })
  body!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML; empty once deleted' })
  html!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the author last edited it' })
  editedAt!: Date | null;

  @Field(() => Boolean, { description: 'Deleted by its author: kept in its thread with an empty body' })
  deleted!: boolean;

  @Field(() => Boolean, { description: "The space's pinned announcement" })
  pinned!: boolean;

  @Field(() => [String], { description: 'Normalised (lower case), in order of appearance' })
  hashtags!: string[];
}

@ObjectType('PostConnection')
export class PostConnectionModel extends Connection(PostModel) {}

@InputType('CreatePostInput')
export class CreatePostInput {
  @Field(() => String, { description: 'Markdown, 1 to 500 characters (an emoji counts once)' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The space to post into; none: to everyone. A reply lives in its parent’s space.' })
  spaceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The post this replies to' })
  replyToId?: string | null;
}

@InputType('UpdatePostInput')
export class UpdatePostInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Markdown, 1 to 500 characters (an emoji counts once)' })
  body!: string;
}
