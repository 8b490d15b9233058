import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { NodeRegistry, PageInfoModel } from '@pnyx/api/core/graphql';
import { BlogPostModel } from '@pnyx/api/blog';
import { ProposalModel } from '@pnyx/api/decisions';
import { PostModel } from '@pnyx/api/posts';
import { PageModel } from '@pnyx/api/wiki';

export enum SearchType {
  PAGE = 'PAGE',
  BLOG_POST = 'BLOG_POST',
  POST = 'POST',
  PROPOSAL = 'PROPOSAL',
}
registerEnumType(SearchType, { name: 'SearchType' });

/** The node type each search type stands for. */
export const NODE_TYPE: Record<SearchType, string> = {
  [SearchType.PAGE]: 'Page',
  [SearchType.BLOG_POST]: 'BlogPost',
  [SearchType.POST]: 'Post',
  [SearchType.PROPOSAL]: 'Proposal',
};

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DATE = 'DATE',
}
registerEnumType(SearchSort, { name: 'SearchSort', description: 'Best match first, or newest first' });

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [PageModel, BlogPostModel, PostModel, ProposalModel] as const,
  resolveType: (value: object) => NodeRegistry.typeOf(value),
});

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchResult)
  node!: object;

  @Field(() => Float, { description: 'Higher is a better match' })
  score!: number;

  @Field(() => String, { description: 'Safe HTML: text around the matches, escaped, the matched words in <mark>' })
  snippet!: string;
}

@ObjectType('SearchConnection')
export class SearchConnectionModel {
  @Field(() => [SearchHitModel])
  nodes!: SearchHitModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'Every hit the caller may see, on all pages' })
  totalCount!: number;
}

@InputType('SearchFilter')
export class SearchFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only in these spaces' })
  spaceIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only by this person' })
  authorId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this time (inclusive)' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time' })
  to?: Date | null;
}

export enum SuggestionKind {
  PAGE = 'PAGE',
  BLOG_POST = 'BLOG_POST',
  POST = 'POST',
  PROPOSAL = 'PROPOSAL',
  PERSON = 'PERSON',
  SPACE = 'SPACE',
}
registerEnumType(SuggestionKind, { name: 'SuggestionKind' });

@ObjectType('SearchSuggestion', { description: 'A best match while typing: something to open directly' })
export class SearchSuggestionModel {
  @Field(() => SuggestionKind)
  kind!: SuggestionKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "A person's username, a space's key" })
  subtitle!: string | null;

  @Field(() => String, { description: 'Where the web app shows it' })
  path!: string;
}
