import { DomainException } from '@pnyx/api/core/graphql';
import { countGraphemes, normaliseBody, normaliseTitle, pageBodyTooLarge } from '@pnyx/shared/markdown';

/** A blog post's title: 1 to this many characters (grapheme clusters: an emoji counts once). */
export const BLOG_TITLE_MAX_LENGTH = 200;
/** At most this many tags per post. */
export const BLOG_MAX_TAGS = 10;
/** Longer tags are refused. */
export const BLOG_TAG_MAX_LENGTH = 50;

/** Trimmed title of 1 to 200 characters, or BAD_USER_INPUT naming `title`. */
export function validateBlogTitle(title: string): string {
  const trimmed = normaliseTitle(title);
  const length = countGraphemes(trimmed, BLOG_TITLE_MAX_LENGTH + 1);
  // The code-unit cap: one grapheme can be any length (combining marks).
  if (length < 1 || length > BLOG_TITLE_MAX_LENGTH || trimmed.length > BLOG_TITLE_MAX_LENGTH * 20) {
    throw DomainException.badInput('title', `The title must be 1 to ${BLOG_TITLE_MAX_LENGTH} characters`);
  }
  return trimmed;
}

/** A body of at most 1 MB (UTF-8, as a page), line endings normalised, or BAD_USER_INPUT naming `body`. */
export function validateBlogBody(body: string): string {
  if (pageBodyTooLarge(body)) throw DomainException.badInput('body', 'The body must be at most 1 MB');
  return normaliseBody(body);
}

/**
 * A tag as stored and looked up, like a micro-post's hashtag: without a leading
 * `#`, NFC, lower case; letters of any script, marks, digits and `_`, with at
 * least one letter. Null when it is not a tag.
 */
export function normaliseBlogTag(tag: string): string | null {
  const bare = tag.trim().replace(/^#/, '').normalize('NFC').toLowerCase();
  if (!bare || bare.length > BLOG_TAG_MAX_LENGTH || !/^[\p{L}\p{M}\p{N}_]+$/u.test(bare) || !/\p{L}/u.test(bare)) return null;
  return bare;
}

/** Distinct normalised tags in the order given (at most 10), or BAD_USER_INPUT naming `tags`. */
export function validateBlogTags(tags: readonly string[] | null | undefined): string[] {
  const normal: string[] = [];
  for (const tag of tags ?? []) {
    const t = normaliseBlogTag(tag);
    if (t === null) throw DomainException.badInput('tags', `A tag is 1 to ${BLOG_TAG_MAX_LENGTH} letters, digits or _ with at least one letter`);
    if (!normal.includes(t)) normal.push(t);
  }
  if (normal.length > BLOG_MAX_TAGS) throw DomainException.badInput('tags', `A blog post has at most ${BLOG_MAX_TAGS} tags`);
  return normal;
}
