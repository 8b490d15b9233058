import { countGraphemes as countShared } from '@pnyx/shared/markdown';

/** The API's limit: at most this many user-perceived characters (grapheme clusters). */
export const MAX_POST_GRAPHEMES = 500;

/** User-perceived characters, counted as the API counts them (the shared count): 👨‍👩‍👧‍👦 is one. The API trims first. */
export function countGraphemes(text: string): number {
  return countShared(text.trim());
}

/** An `@name` being typed at the caret: what to search for and the range it replaces. */
export interface MentionQuery {
  /** The text after `@` (may be empty right after typing `@`). */
  readonly search: string;
  /** Index of the `@`. */
  readonly start: number;
  /** Index just after the name (the caret). */
  readonly end: number;
}

/**
 * The mention the caret is in, if any: `@` at the start or after a character that is not a
 * letter, digit, `_`, `.`, `@`, `/` or `\` (so e-mail addresses do not trigger, as on the
 * server), followed by name characters up to the caret.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(?<![\p{L}\p{N}_.@/\\])@([A-Za-z0-9._-]{0,64})$/u.exec(before);
  if (!match) return null;
  if (match[1] && !/^[A-Za-z0-9]/.test(match[1])) return null;
  return { search: match[1], start: match.index, end: caret };
}

/** The text with the mention replaced by `@username ` and where the caret goes. */
export function insertMention(text: string, query: MentionQuery, username: string): { readonly text: string; readonly caret: number } {
  const after = text.slice(query.end);
  const inserted = `@${username}${after.startsWith(' ') ? '' : ' '}`;
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length + (after.startsWith(' ') ? 1 : 0) };
}

/** A hashtag as the API stores and looks it up: NFC, lower case, without `#`. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#/, '').normalize('NFC').toLowerCase();
}

export function tagPath(tag: string): string {
  return `/posts/tags/${encodeURIComponent(normaliseTag(tag))}`;
}

export function personPath(username: string): string {
  return `/posts/people/${encodeURIComponent(username)}`;
}

const MENTION = /(?<![\p{L}\p{N}_.@/\\])@([A-Za-z0-9][A-Za-z0-9._-]*)/gu;
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#;])#([\p{L}\p{M}\p{N}_]+)/gu;
/** Text inside these elements is never linked. */
const SKIPPED = new Set(['a', 'code', 'pre']);

/**
 * Turns the resolved `@mentions` and the `#hashtags` of a post's rendered HTML (from the
 * API, already sanitised) into links to the person's posts and to the tag's posts. Only
 * names the API resolved (`mentions`) and tags it stored (`hashtags`) are linked; text in
 * links and code stays as it is.
 */
export function linkPostHtml(html: string, mentions: readonly string[], hashtags: readonly string[]): string {
  if (!mentions.length && !hashtags.length) return html;
  const people = new Set(mentions.map((m) => m.toLowerCase()));
  const tags = new Set(hashtags);
  const open: string[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<\s*(\/)?\s*([a-zA-Z0-9]+)/.exec(part);
        if (tag && SKIPPED.has(tag[2].toLowerCase()) && !part.endsWith('/>')) {
          if (tag[1]) open.pop();
          else open.push(tag[2].toLowerCase());
        }
        return part;
      }
      if (open.length || !part) return part;
      return part
        .replace(MENTION, (whole, name: string) => {
          const username = name.replace(/[.-]+$/, '');
          if (!people.has(username.toLowerCase())) return whole;
          const rest = name.slice(username.length);
          return `<a class="mention" href="${personPath(username.toLowerCase())}">@${username}</a>${rest}`;
        })
        .replace(HASHTAG, (whole, name: string) => {
          if (!tags.has(normaliseTag(name))) return whole;
          return `<a class="hashtag" href="${tagPath(name)}">#${name}</a>`;
        });
    })
    .join('');
}
