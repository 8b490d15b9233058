/**
 * The rules the API applies to pages, mirrored for immediate feedback.
 * The server stays the authority; its BAD_USER_INPUT names the field it rejects.
 */
export const PAGE_TITLE_MAX_LENGTH = 200;
export const PAGE_SUMMARY_MAX_LENGTH = 500;
export const PAGE_MAX_LABELS = 20;
export const LABEL_MAX_LENGTH = 40;
const LABEL_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** "Onboarding Guide" → "onboarding-guide"; null when the API would refuse it. */
export function normaliseLabel(label: string): string | null {
  const normal = label.trim().toLowerCase().replace(/\s+/g, '-');
  return normal && normal.length <= LABEL_MAX_LENGTH && LABEL_PATTERN.test(normal) ? normal : null;
}

/** Whitespace collapsed, as the API stores titles. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** `<slug>.md`, a safe file name for the exported Markdown. */
export function exportFileName(slug: string): string {
  const safe = slug.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'page'}.md`;
}
