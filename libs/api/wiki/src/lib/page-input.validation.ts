import { DomainException } from '@pnyx/api/core/graphql';

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_SUMMARY_LENGTH = 500;
export const MAX_LABELS = 20;
export const MAX_LABEL_LENGTH = 40;
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** Trimmed title of 1 to 200 characters, or BAD_USER_INPUT naming `title`. */
export function validateTitle(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed.length < 1 || trimmed.length > MAX_TITLE_LENGTH) {
    throw DomainException.badInput('title', `The title must be 1 to ${MAX_TITLE_LENGTH} characters`);
  }
  return trimmed;
}

/** A body of at most 1 MB (UTF-8), line endings normalised, or BAD_USER_INPUT naming `body`. */
export function validateBody(body: string): string {
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) throw DomainException.badInput('body', 'The body must be at most 1 MB');
  return body.replace(/\r\n?/g, '\n');
}

export function validateSummary(summary: string | null | undefined): string | null {
  const trimmed = summary?.replace(/\s+/g, ' ').trim() || null;
  if (trimmed && trimmed.length > MAX_SUMMARY_LENGTH) {
    throw DomainException.badInput('summary', `The edit summary must be at most ${MAX_SUMMARY_LENGTH} characters`);
  }
  return trimmed;
}

/** One label, normalised: "Onboarding Guide" → "onboarding-guide". */
export function normaliseLabel(label: string, field = 'label'): string {
  const normal = label.trim().toLowerCase().replace(/\s+/g, '-');
  if (!normal || normal.length > MAX_LABEL_LENGTH || !LABEL.test(normal)) {
    throw DomainException.badInput(field, `A label is 1 to ${MAX_LABEL_LENGTH} letters, digits, dots, dashes or underscores`);
  }
  return normal;
}

/** Distinct, normalised, sorted labels (at most 20). */
export function validateLabels(labels: readonly string[]): string[] {
  const normal = [...new Set(labels.map((l) => normaliseLabel(l, 'labels')))].sort();
  if (normal.length > MAX_LABELS) throw DomainException.badInput('labels', `A page has at most ${MAX_LABELS} labels`);
  return normal;
}

export function validatePosition(position: number | null | undefined): number | null {
  if (position === null || position === undefined) return null;
  if (!Number.isInteger(position) || position < 0) throw DomainException.badInput('position', 'position must be 0 or more');
  return position;
}
