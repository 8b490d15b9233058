import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser, GraphqlContext } from '@pnyx/api/core/graphql';
import { SearchConnectionModel, SearchFilterInput, SearchSort, SearchSuggestionModel, SearchType } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Authenticated()
  @Query(() => SearchConnectionModel, {
    description:
      'Pages, blog posts, posts and proposals the caller may see, best match first: English and German stems, "quoted phrases", -excluded words, OR; small typos in titles forgiven. 1 to 500 characters.',
  })
  search(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('query', { type: () => String }) query: string,
    @Args('types', { type: () => [SearchType], nullable: true }) types: SearchType[] | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => SearchFilterInput, nullable: true }) filter: SearchFilterInput | null,
    @Args('sort', { type: () => SearchSort, nullable: true }) sort: SearchSort | null,
  ): Promise<SearchConnectionModel> {
    return this.service.search(ctx, user, { query, types, first, after, filter, sort });
  }

  @Authenticated()
  @Query(() => [SearchSuggestionModel], {
    description: 'Best matches while typing (titles, people, spaces; up to `first` of each, at most 10): empty below 2 characters',
  })
  searchSuggestions(
    @CurrentUser() user: AuthUser,
    @Args('query', { type: () => String }) query: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<SearchSuggestionModel[]> {
    return this.service.suggest(user, query, first);
  }
}
