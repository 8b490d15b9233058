import type { SearchHitFragment, SearchType, SuggestionKind } from '@pnyx/shared/graphql-types';

// Type-only imports: this file stays framework-free (its spec runs without Angular).

export type SearchHit = SearchHitFragment;
export type SearchNode = SearchHit['node'];

export interface SpaceRef {
  readonly key: string;
  readonly name: string;
}

/** One hit as its card shows it. */
export interface HitView {
  readonly id: string;
  readonly type: SearchType;
  readonly icon: string;
  /** Translation key of the type's name. */
  readonly typeLabel: string;
  readonly title: string;
  /** Router link commands of the thing. */
  readonly link: readonly string[];
  /** Safe HTML from the API: escaped text, matches in `<mark>`. */
  readonly snippet: string;
  readonly space: SpaceRef | null;
  readonly date: string | null;
}

const TYPE_OF: Readonly<Record<SearchNode['__typename'], SearchType>> = {
  Page: 'PAGE',
  BlogPost: 'BLOG_POST',
  Post: 'POST',
  Proposal: 'PROPOSAL',
};

/** The icon (core and search icon sets) for each kind of thing, hit or suggestion. */
export const KIND_ICONS: Readonly<Record<SuggestionKind, string>> = {
  PAGE: 'page',
  BLOG_POST: 'blog',
  POST: 'posts',
  PROPOSAL: 'decisions',
  PERSON: 'person',
  SPACE: 'spaces',
};

/** The order in which suggestion groups are listed. */
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['PAGE', 'BLOG_POST', 'POST', 'PROPOSAL', 'PERSON', 'SPACE'];

const TITLE_WORDS = 10;
const TITLE_CHARS = 80;

/** A post has no title: the first words of its body, without Markdown marks. */
export function postTitle(body: string): string {
  const plain = body
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:(?:#{1,6}|>+|[-*+]|\d+\.)\s+)+/gm, '')
    .replace(/[*_`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = plain.split(' ').filter(Boolean);
  let title = words.slice(0, TITLE_WORDS).join(' ');
  let cut = words.length > TITLE_WORDS;
  if (title.length > TITLE_CHARS) {
    const short = title.slice(0, TITLE_CHARS);
    const space = short.lastIndexOf(' ');
    title = space > TITLE_CHARS / 2 ? short.slice(0, space) : short;
    cut = true;
  }
  return cut ? `${title}…` : title;
}

/** Where the web app shows the thing. */
export function hitLink(node: SearchNode): readonly string[] {
  switch (node.__typename) {
    case 'Page':
      return ['/s', node.pageSpace.key, node.slug];
    case 'BlogPost':
      return ['/blog', node.id];
    case 'Post':
      return ['/posts', node.id];
    case 'Proposal':
      return ['/decisions', node.id];
  }
}

function spaceOf(node: SearchNode): SpaceRef | null {
  switch (node.__typename) {
    case 'Page':
      return node.pageSpace;
    case 'BlogPost':
      return node.blogSpace;
    case 'Post':
      return node.postSpace;
    case 'Proposal':
      return node.proposalSpace;
  }
}

function dateOf(node: SearchNode): string | null {
  switch (node.__typename) {
    case 'Page':
      return node.updatedAt;
    case 'BlogPost':
      return node.publishedAt ?? node.createdAt;
    case 'Post':
    case 'Proposal':
      return node.createdAt;
  }
}

export function toHitView(hit: SearchHit): HitView {
  const node = hit.node;
  const type = TYPE_OF[node.__typename];
  const space = spaceOf(node);
  return {
    id: node.id,
    type,
    icon: KIND_ICONS[type],
    typeLabel: `search.type.${type}`,
    title: node.__typename === 'Post' ? postTitle(node.body) : node.title,
    link: hitLink(node),
    snippet: hit.snippet,
    space: space ? { key: space.key, name: space.name } : null,
    date: dateOf(node),
  };
}

export interface Suggestion {
  readonly kind: SuggestionKind;
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly path: string;
}

export interface SuggestionGroup {
  readonly kind: SuggestionKind;
  readonly icon: string;
  /** Translation key of the group's heading. */
  readonly label: string;
  readonly items: readonly Suggestion[];
}

/** Suggestions by kind, in a fixed order of kinds, each kind's own order kept; empty kinds left out. */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  return SUGGESTION_KINDS.map((kind) => ({
    kind,
    icon: KIND_ICONS[kind],
    label: `search.kind.${kind}`,
    items: suggestions.filter((s) => s.kind === kind),
  })).filter((group) => group.items.length > 0);
}
