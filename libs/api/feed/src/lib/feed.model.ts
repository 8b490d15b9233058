import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { Connection, NodeRegistry } from '@pnyx/api/core/graphql';
import { BlogPostModel } from '@pnyx/api/blog';
import { ProposalModel } from '@pnyx/api/decisions';
import { PostModel } from '@pnyx/api/posts';
import { PageModel } from '@pnyx/api/wiki';

export enum FeedItemKind {
  POST_CREATED = 'POST_CREATED',
  BLOG_POST_PUBLISHED = 'BLOG_POST_PUBLISHED',
  PAGE_CREATED = 'PAGE_CREATED',
  PAGE_UPDATED = 'PAGE_UPDATED',
  PROPOSAL_OPENED = 'PROPOSAL_OPENED',
  PROPOSAL_CLOSED = 'PROPOSAL_CLOSED',
}
registerEnumType(FeedItemKind, { name: 'FeedItemKind' });

/** What a feed item is about: each type is loaded by its own module's node loader (with the reader's visibility). */
export const FeedSubject = createUnionType({
  name: 'FeedSubject',
  types: () => [PostModel, BlogPostModel, PageModel, ProposalModel] as const,
  resolveType: (value: object) => NodeRegistry.typeOf(value),
});

@ObjectType('FeedItem', { description: 'Something that happened in what the reader may see' })
export class FeedItemModel {
  /** Internal, for field resolvers. */
  actorId!: string;
  seq!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => FeedItemKind)
  kind!: FeedItemKind;

  @Field(() => FeedSubject)
  subject!: object;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('FeedConnection')
export class FeedConnectionModel extends Connection(FeedItemModel) {
  @Field(() => [FeedItemModel], { description: "With a space filter: the space's pinned announcement, on the first page only; else empty" })
  pinned!: FeedItemModel[];
}

@InputType('FeedFilter')
export class FeedFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only what the caller follows: people, spaces and hashtags they follow, their own spaces and their own items',
  })
  following?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only one space's items" })
  spaceId?: string | null;
}
