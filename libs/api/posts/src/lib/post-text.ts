import { DomainException } from '@pnyx/api/core/graphql';
import { countGraphemes } from '@pnyx/shared/markdown';

export { countGraphemes };

/** At most this many user-perceived characters (grapheme clusters): an emoji counts once. */
export const MAX_POST_GRAPHEMES = 500;
/**
 * And at most this many UTF-16 code units: one grapheme cluster can be
 * arbitrarily long (a letter with thousands of combining marks), so the
 * grapheme count alone would let a "500-character" post weigh megabytes.
 * 20 per character leaves room for the longest emoji sequences (a family is 11).
 */
export const MAX_POST_CODE_UNITS = MAX_POST_GRAPHEMES * 20;
/** Longer hashtags are not tags (they are kept as text). */
export const MAX_HASHTAG_LENGTH = 100;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How a post is named where it is listed as a link (e.g. a proposal's "Linked from"): its first line as text (Markdown links become their text), at most 80 characters. */
export function postTitle(body: string, max = 80): string {
  const line = body.trim().split('\n', 1)[0].replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]+/g, '').replace(/\s+/g, ' ').trim();
  const graphemes = [...segmenter.segment(line)].map((s) => s.segment);
  return graphemes.length > max ? `${graphemes.slice(0, max - 1).join('').trimEnd()}…` : line;
}

/** Trims a post body; BAD_USER_INPUT naming `body` when empty, over 500 characters (grapheme clusters) or over MAX_POST_CODE_UNITS. */
export function validatePostBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw DomainException.badInput('body', 'A post must not be empty');
  if (trimmed.length > MAX_POST_CODE_UNITS || countGraphemes(trimmed, MAX_POST_GRAPHEMES + 1) > MAX_POST_GRAPHEMES) {
    throw DomainException.badInput('body', `A post must be at most ${MAX_POST_GRAPHEMES} characters`);
  }
  return trimmed;
}

/** Code (fenced blocks and inline spans) holds no mentions or hashtags. */
function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/~~~[\s\S]*?(~~~|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The usernames `@mentioned`, lower case, in order of appearance, each once.
 * `@` must not follow a letter, digit or dot (so e-mail addresses are not
 * mentions); a trailing dot or hyphen ends the sentence, not the name.
 */
export function extractMentions(text: string): string[] {
  const found: string[] = [];
  for (const m of withoutCode(text).matchAll(/(?<![\p{L}\p{N}_.@/\\])@([A-Za-z0-9][A-Za-z0-9._-]*)/gu)) {
    const name = m[1].replace(/[.-]+$/, '').toLowerCase();
    if (name) found.push(name);
  }
  return unique(found);
}

/** A hashtag as stored and looked up: NFC, lower case (Unicode-aware), without the `#`. Null when it is not a tag. */
export function normaliseHashtag(tag: string): string | null {
  const bare = tag.trim().replace(/^#/, '').normalize('NFC').toLowerCase();
  if (!bare || bare.length > MAX_HASHTAG_LENGTH || !/^[\p{L}\p{M}\p{N}_]+$/u.test(bare) || !/\p{L}/u.test(bare)) return null;
  return bare;
}

/**
 * The `#hashtags`, normalised, in order of appearance, each once. Letters of
 * any script count (`#Übergabe` → `übergabe`); a tag needs at least one letter
 * (`#1` is a number), and `#` must not follow a letter, digit, `&` or `/`
 * (URL fragments, HTML entities and Markdown headings `# Title` are no tags).
 */
export function extractHashtags(text: string): string[] {
  const found: string[] = [];
  for (const m of withoutCode(text).normalize('NFC').matchAll(/(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu)) {
    const tag = normaliseHashtag(m[1]);
    if (tag) found.push(tag);
  }
  return unique(found);
}
