import { countGraphemes } from '@pnyx/shared/markdown';

/** The API's rules for a blog post (`CreateBlogPostInput`), checked before sending. */
export const BLOG_TITLE_MAX_LENGTH = 200;
export const BLOG_MAX_TAGS = 10;
export const BLOG_TAG_MAX_LENGTH = 50;

/**
 * A tag as the API stores it: without a leading `#`, NFC, lower case; letters of any
 * script, marks, digits and `_`, with at least one letter. Null when it is not a tag.
 */
export function normaliseTag(tag: string): string | null {
  const bare = tag.trim().replace(/^#/, '').normalize('NFC').toLowerCase();
  if (!bare || bare.length > BLOG_TAG_MAX_LENGTH || !/^[\p{L}\p{M}\p{N}_]+$/u.test(bare) || !/\p{L}/u.test(bare)) return null;
  return bare;
}

/** What adding typed text (one tag, or several separated by commas or spaces) does to the chips. */
export interface TagAddition {
  readonly tags: string[];
  /** Pieces that are not tags (shown to the writer, not added). */
  readonly rejected: string[];
}

export function addTags(current: readonly string[], typed: string): TagAddition {
  const tags = [...current];
  const rejected: string[] = [];
  for (const piece of typed.split(/[\s,]+/).filter(Boolean)) {
    const tag = normaliseTag(piece);
    if (tag === null) rejected.push(piece);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, rejected };
}

export type BlogFormProblem = 'titleRequired' | 'titleTooLong' | 'tooManyTags';

/** The first rule the form breaks, or null; the server checks again. */
export function blogFormProblem(title: string, tags: readonly string[]): BlogFormProblem | null {
  const length = countGraphemes(title.trim(), BLOG_TITLE_MAX_LENGTH + 1);
  if (length === 0) return 'titleRequired';
  if (length > BLOG_TITLE_MAX_LENGTH) return 'titleTooLong';
  if (tags.length > BLOG_MAX_TAGS) return 'tooManyTags';
  return null;
}

/** Where the editor shows a refusal: beside the field the API named, or above the buttons. */
export type BlogFormField = 'title' | 'body' | 'tags' | 'spaceId' | 'form';

export function refusalField(field: string | null): BlogFormField {
  return field === 'title' || field === 'body' || field === 'tags' || field === 'spaceId' ? field : 'form';
}
