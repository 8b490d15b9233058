import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, NodeModel } from '@pnyx/api/core/graphql';

export const PublicationStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type PublicationStatusValue = (typeof PublicationStatus)[keyof typeof PublicationStatus];
registerEnumType(PublicationStatus, { name: 'PublicationStatus' });

@ObjectType('BlogPost', { implements: () => [NodeModel], description: "A blog post: personal, or in a space's blog; a draft only its author sees" })
export class BlogPostModel extends NodeModel {
  /** Internal ids, for field resolvers. */
  uuid!: string;
  authorId!: string;
  spaceId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown as written' })
  body!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML' })
  html!: string;

  @Field(() => PublicationStatus)
  status!: PublicationStatusValue;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'None while a draft' })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the text last changed' })
  updatedAt!: Date;

  @Field(() => [String], { description: 'Normalised (lower case), in the order given' })
  tags!: string[];

  @Field(() => Int, { description: 'The current version; an edit names it as its baseVersion' })
  version!: number;
}

@ObjectType('BlogPostRevision', { description: 'One version of a blog post, kept whole' })
export class BlogPostRevisionModel {
  @Field(() => Int)
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown as it was' })
  body!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('BlogPostConnection')
export class BlogPostConnectionModel extends Connection(BlogPostModel) {}

@InputType('CreateBlogPostInput')
export class CreateBlogPostInput {
  @Field(() => ID, { nullable: true, description: "The space whose blog it goes into (members only); none: a personal post" })
  spaceId?: string | null;

  @Field(() => String, { description: '1 to 200 characters' })
  title!: string;

  @Field(() => String, { description: 'Markdown, at most 1 MB' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'At most 10; letters, digits and _, normalised to lower case' })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Publish at once; otherwise it stays a draft only the author sees' })
  publish?: boolean | null;
}

@InputType('UpdateBlogPostInput')
export class UpdateBlogPostInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit started from; CONFLICT when the post has moved on' })
  baseVersion!: number;

  @Field(() => String, { nullable: true, description: 'Unchanged when omitted' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Unchanged when omitted' })
  body?: string | null;

  @Field(() => [String], { nullable: true, description: 'Unchanged when omitted' })
  tags?: string[] | null;
}
