import { DomainException } from '@pnyx/api/core/graphql';
import {
  LABEL_MAX_LENGTH,
  PAGE_MAX_LABELS,
  PAGE_SUMMARY_MAX_LENGTH,
  PAGE_TITLE_MAX_LENGTH,
  normaliseBody,
  normaliseLabel as normalLabel,
  normaliseSummary,
  normaliseTitle,
  pageBodyTooLarge,
} from '@pnyx/shared/markdown';

// The rules are shared with the web (@pnyx/shared/markdown, page-rules.ts); this file
// enforces them, throwing BAD_USER_INPUT that names the field. The limits keep their API names.
export {
  PAGE_TITLE_MAX_LENGTH as MAX_TITLE_LENGTH,
  PAGE_BODY_MAX_BYTES as MAX_BODY_BYTES,
  PAGE_SUMMARY_MAX_LENGTH as MAX_SUMMARY_LENGTH,
  PAGE_MAX_LABELS as MAX_LABELS,
  LABEL_MAX_LENGTH as MAX_LABEL_LENGTH,
} from '@pnyx/shared/markdown';

/** Trimmed title of 1 to 200 characters, or BAD_USER_INPUT naming `title`. */
export function validateTitle(title: string): string {
  const trimmed = normaliseTitle(title);
  if (trimmed.length < 1 || trimmed.length > PAGE_TITLE_MAX_LENGTH) {
    throw DomainException.badInput('title', `The title must be 1 to ${PAGE_TITLE_MAX_LENGTH} characters`);
  }
  return trimmed;
}

/** A body of at most 1 MB (UTF-8), line endings normalised, or BAD_USER_INPUT naming `body`. */
export function validateBody(body: string): string {
  if (pageBodyTooLarge(body)) throw DomainException.badInput('body', 'The body must be at most 1 MB');
  return normaliseBody(body);
}

export function validateSummary(summary: string | null | undefined): string | null {
  const trimmed = normaliseSummary(summary);
  if (trimmed && trimmed.length > PAGE_SUMMARY_MAX_LENGTH) {
    throw DomainException.badInput('summary', `The edit summary must be at most ${PAGE_SUMMARY_MAX_LENGTH} characters`);
  }
  return trimmed;
}

/** One label, normalised: "Onboarding Guide" → "onboarding-guide". */
export function normaliseLabel(label: string, field = 'label'): string {
  const normal = normalLabel(label);
  if (normal === null) {
    throw DomainException.badInput(field, `A label is 1 to ${LABEL_MAX_LENGTH} letters, digits, dots, dashes or underscores`);
  }
  return normal;
}

/** Distinct, normalised, sorted labels (at most 20). */
export function validateLabels(labels: readonly string[]): string[] {
  const normal = [...new Set(labels.map((l) => normaliseLabel(l, 'labels')))].sort();
  if (normal.length > PAGE_MAX_LABELS) throw DomainException.badInput('labels', `A page has at most ${PAGE_MAX_LABELS} labels`);
  return normal;
}

export function validatePosition(position: number | null | undefined): number | null {
  if (position === null || position === undefined) return null;
  if (!Number.isInteger(position) || position < 0) throw DomainException.badInput('position', 'position must be 0 or more');
  return position;
}
