import { DomainException } from '@pnyx/api/core/graphql';

/** The index keeps at most this much text per thing (a tsvector holds at most 1 MB). */
export const MAX_INDEXED_CHARS = 100_000;

/** A search query is 1 to 500 characters. */
export const MAX_QUERY_LENGTH = 500;

/** Marks around the matched words in a snippet, before it is escaped (control characters never stay in indexed text). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/**
 * Plain text of Markdown, good enough for stemming and snippets: no markup,
 * link texts without their targets, no control characters, capped.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, '\n')
    .replace(/<\/?[A-Za-z!][^<>]{0,500}>/g, ' ')
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/^[ \t]{0,3}(#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/[*_~`|]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_INDEXED_CHARS);
}

/** The query trimmed, or BAD_USER_INPUT naming `query` when empty or longer than 500 characters. */
export function validateQuery(query: string): string {
  const trimmed = query.trim();
  if (!trimmed) throw DomainException.badInput('query', 'Type something to search for');
  if ([...trimmed].length > MAX_QUERY_LENGTH) throw DomainException.badInput('query', `A search is at most ${MAX_QUERY_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex
  return trimmed.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** Plain words only (no quotes, `-word` or `OR`): the query typos are forgiven for. */
export function isPlainWords(query: string): boolean {
  return !/["']|(^|\s)-\S|(^|\s)OR(\s|$)/.test(query);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A ts_headline fragment as safe HTML: the text escaped, the matches in `<mark>`. */
export function snippetHtml(fragment: string): string {
  const escaped = fragment.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  return escaped.split(MATCH_START).join('<mark>').split(MATCH_END).join('</mark>');
}
