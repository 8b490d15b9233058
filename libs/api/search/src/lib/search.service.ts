import { Injectable } from '@nestjs/common';
import {
  DomainException,
  NodeRegistry,
  decodeKeyset,
  encodeKeyset,
  pageSize,
  uuidOf,
  type AuthUser,
  type GraphqlContext,
  type KeysetSpec,
} from '@pnyx/api/core/graphql';
import { SearchIndexRepository, isPlainWords, snippetHtml, validateQuery, type SearchRow } from '@pnyx/api/search-index';
import { encodeId } from '@pnyx/shared/contracts';
import {
  NODE_TYPE,
  SearchConnectionModel,
  SearchHitModel,
  SearchSort,
  SearchSuggestionModel,
  SuggestionKind,
  type SearchFilterInput,
  type SearchType,
} from './search.model';

/** Results are paged by position: at most this many can be paged through (refine the search beyond). */
export const MAX_RESULTS = 1_000;
export const SEARCH_PAGE_SIZE = 20;
const MAX_FILTER_SPACES = 50;
/** Typos are forgiven for queries up to this long (trigram matching on longer text finds noise). */
const MAX_FUZZY_LENGTH = 60;
const OFFSET: KeysetSpec = { columns: [{ sql: 'offset', type: 'int' }], direction: 'ASC' };

const SUGGESTION_KIND: Record<string, SuggestionKind> = {
  Page: SuggestionKind.PAGE,
  BlogPost: SuggestionKind.BLOG_POST,
  Post: SuggestionKind.POST,
  Proposal: SuggestionKind.PROPOSAL,
  User: SuggestionKind.PERSON,
  Space: SuggestionKind.SPACE,
};

@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndexRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  async search(
    ctx: GraphqlContext,
    user: AuthUser,
    args: { query: string; types: SearchType[] | null; first: number | null; after: string | null; filter: SearchFilterInput | null; sort: SearchSort | null },
  ): Promise<SearchConnectionModel> {
    const query = validateQuery(args.query);
    const size = pageSize(args.first ?? SEARCH_PAGE_SIZE);
    const offset = args.after ? Number(decodeKeyset(args.after, OFFSET)[0]) : 0;
    if (offset < 0 || offset + size > MAX_RESULTS) throw DomainException.badInput('after', `Only the first ${MAX_RESULTS} results can be paged through: refine the search`);
    const filter = args.filter ?? {};
    if ((filter.spaceIds?.length ?? 0) > MAX_FILTER_SPACES) throw DomainException.badInput('filter.spaceIds', `At most ${MAX_FILTER_SPACES} spaces`);
    const notFound = (field: string) => DomainException.notFound('Filter value', field);
    const spaceIds = filter.spaceIds?.length ? filter.spaceIds.map((id) => uuidOf(id, 'Space', 'filter.spaceIds', notFound)) : null;
    const authorId = filter.authorId ? uuidOf(filter.authorId, 'User', 'filter.authorId', notFound) : null;
    if (filter.from && filter.to && filter.from > filter.to) throw DomainException.badInput('filter.to', 'to must not be before from');
    const types = args.types?.length ? [...new Set(args.types)].map((t) => NODE_TYPE[t]) : Object.values(NODE_TYPE);

    const criteria = {
      viewerId: user.id,
      query,
      types,
      spaceIds,
      authorId,
      from: filter.from ?? null,
      to: filter.to ?? null,
      sort: args.sort === SearchSort.DATE ? ('DATE' as const) : ('RELEVANCE' as const),
      fuzzy: isPlainWords(query) && query.length <= MAX_FUZZY_LENGTH,
      limit: size,
      offset,
    };
    const rows = await this.index.search(criteria);
    // Past the last page no row carries the total: ask for the first hit only.
    const total = rows[0]?.total ?? (offset > 0 ? ((await this.index.search({ ...criteria, limit: 1, offset: 0 }))[0]?.total ?? 0) : 0);
    const nodes = await this.toHits(ctx, rows);
    const next = offset + rows.length;
    return Object.assign(new SearchConnectionModel(), {
      nodes,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > 0 && next < Math.min(total, MAX_RESULTS), endCursor: rows.length ? encodeKeyset([next]) : null },
    });
  }

  async suggest(user: AuthUser, query: string, first: number | null): Promise<SearchSuggestionModel[]> {
    const text = validateQuery(query);
    const limit = first ?? 5;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw DomainException.badInput('first', 'first must be between 1 and 10');
    if ([...text].length < 2) return [];
    const rows = await this.index.suggest(user.id, text, limit);
    return rows.map((r) =>
      Object.assign(new SearchSuggestionModel(), {
        kind: SUGGESTION_KIND[r.kind],
        id: encodeId(r.kind, r.id),
        title: r.title,
        subtitle: r.subtitle,
        path: r.path,
      }),
    );
  }

  /** Loads each hit with its own module's node loader (batched per type); a hit gone or hidden since is left out. */
  private async toHits(ctx: GraphqlContext, rows: readonly SearchRow[]): Promise<SearchHitModel[]> {
    const loaded = await this.nodes.loadVisibleMany(
      ctx,
      rows.map((row) => ({ type: row.subjectType, id: row.subjectId })),
    );
    const hits: SearchHitModel[] = [];
    rows.forEach((row, i) => {
      const node = loaded[i];
      if (node) hits.push(Object.assign(new SearchHitModel(), { node, score: row.score, snippet: snippetHtml(row.snippet) }));
    });
    return hits;
  }
}
