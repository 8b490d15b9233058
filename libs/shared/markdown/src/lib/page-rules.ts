/**
 * What a wiki page accepts, in one place for both sides: the API enforces these rules
 * (its BAD_USER_INPUT names the field it rejects), the web applies them for immediate
 * feedback. Plain functions only: no framework, no Node APIs (the browser runs them too).
 */
export const PAGE_TITLE_MAX_LENGTH = 200;
/** 1 MB, counted in UTF-8 bytes as stored, not in characters. */
export const PAGE_BODY_MAX_BYTES = 1024 * 1024;
export const PAGE_SUMMARY_MAX_LENGTH = 500;
export const PAGE_MAX_LABELS = 20;
export const LABEL_MAX_LENGTH = 40;

const LABEL_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
const utf8 = new TextEncoder();

/** Whitespace collapsed and trimmed, as pages store their titles. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** LF line endings, as pages store their bodies. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n');
}

/** Length of the text in UTF-8 (what the body limit counts). */
export function utf8ByteLength(text: string): number {
  return utf8.encode(text).length;
}

/** True when the body is over PAGE_BODY_MAX_BYTES. */
export function pageBodyTooLarge(body: string): boolean {
  return utf8ByteLength(body) > PAGE_BODY_MAX_BYTES;
}

/** An edit summary with whitespace collapsed; null when nothing is left. */
export function normaliseSummary(summary: string | null | undefined): string | null {
  return summary?.replace(/\s+/g, ' ').trim() || null;
}

/**
 * One label: "Onboarding Guide" → "onboarding-guide"; null when it is not 1 to
 * LABEL_MAX_LENGTH letters, digits, dots, dashes or underscores starting with a letter or digit.
 */
export function normaliseLabel(label: string): string | null {
  const normal = label.trim().toLowerCase().replace(/\s+/g, '-');
  return normal && normal.length <= LABEL_MAX_LENGTH && LABEL_PATTERN.test(normal) ? normal : null;
}
