import type { SearchFilter, SearchSort, SearchType } from '@pnyx/shared/graphql-types';

// Type-only imports: this file stays framework-free (its spec runs without Angular).

/** The kinds of things search finds, in the order the filter chips show them. */
export const SEARCH_TYPES: readonly SearchType[] = ['PAGE', 'BLOG_POST', 'POST', 'PROPOSAL'];

/** A query is 1 to 500 characters (the API answers BAD_USER_INPUT otherwise). */
export const MAX_QUERY_LENGTH = 500;

/** What the results page shows, as its URL says: `/search?q=…&types=page,post&space=key&author=username&from=…&to=…&sort=newest`. */
export interface SearchState {
  readonly q: string;
  /** Empty: every type. */
  readonly types: readonly SearchType[];
  /** A space key. */
  readonly space: string | null;
  /** A username. */
  readonly author: string | null;
  /** Days (`YYYY-MM-DD`), both inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  readonly sort: SearchSort;
}

export const EMPTY_STATE: SearchState = { q: '', types: [], space: null, author: null, from: null, to: null, sort: 'RELEVANCE' };

/** Just what `ActivatedRoute.queryParamMap` offers (and `URLSearchParams`). */
export interface ParamSource {
  get(name: string): string | null;
}

/** Query parameters as the router merges them: `null` removes one. */
export type SearchParams = Record<'q' | 'types' | 'space' | 'author' | 'from' | 'to' | 'sort', string | null>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (what `<input type="date">` gives). */
export function isDay(value: string | null | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

function text(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The URL's query parameters as the page's state; anything unknown or malformed is left out. */
export function stateFromParams(params: ParamSource): SearchState {
  const wanted = new Set((params.get('types') ?? '').split(',').map((t) => t.trim().toUpperCase()));
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: (params.get('q') ?? '').trim(),
    types: SEARCH_TYPES.filter((type) => wanted.has(type)),
    space: text(params.get('space')),
    author: text(params.get('author')),
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
    sort: params.get('sort') === 'newest' ? 'DATE' : 'RELEVANCE',
  };
}

/** The state as query parameters: defaults are left out, so the URL stays short. */
export function paramsFromState(state: SearchState): SearchParams {
  const types = SEARCH_TYPES.filter((type) => state.types.includes(type));
  return {
    q: state.q.trim() || null,
    types: types.length > 0 && types.length < SEARCH_TYPES.length ? types.map((t) => t.toLowerCase()).join(',') : null,
    space: state.space || null,
    author: state.author || null,
    from: isDay(state.from) ? state.from : null,
    to: isDay(state.to) ? state.to : null,
    sort: state.sort === 'DATE' ? 'newest' : null,
  };
}

/** The start of a day in the browser's time zone, as the API's DateTime. */
export function startOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date).toISOString();
}

/** The start of the day after (the API's `to` is exclusive; the page's is inclusive). */
export function startOfNextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + 1).toISOString();
}

/** The API's filter for the state, with the space and author already looked up; null when nothing filters. */
export function searchFilter(state: SearchState, ids: { readonly spaceId: string | null; readonly authorId: string | null }): SearchFilter | null {
  const filter: SearchFilter = {
    ...(ids.spaceId ? { spaceIds: [ids.spaceId] } : {}),
    ...(ids.authorId ? { authorId: ids.authorId } : {}),
    ...(state.from ? { from: startOfDay(state.from) } : {}),
    ...(state.to ? { to: startOfNextDay(state.to) } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Whether anything but the words narrows the results (for the "clear filters" button). */
export function hasFilters(state: SearchState): boolean {
  return state.types.length > 0 || !!state.space || !!state.author || !!state.from || !!state.to;
}
