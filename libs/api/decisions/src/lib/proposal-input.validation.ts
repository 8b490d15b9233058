import { DomainException } from '@pnyx/api/core/graphql';
import { DecisionRuleError } from '@pnyx/shared/decisions';

export const PROPOSAL_TITLE_MAX_LENGTH = 200;
export const PROPOSAL_DESCRIPTION_MAX_LENGTH = 100_000;
export const TEXT_MAX_LENGTH = 5_000;
export const MAX_CLOSE_DAYS = 90;
export const MAX_REVIEW_DAYS = 5 * 366;
export const MAX_ADVISORS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs a shared decision rule and turns its DecisionRuleError into BAD_USER_INPUT naming the same field. */
export function rule<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DecisionRuleError) throw DomainException.badInput(error.field, error.message);
    throw error;
  }
}

export function validateProposalTitle(title: string, field = 'title'): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 1 || trimmed.length > PROPOSAL_TITLE_MAX_LENGTH) {
    throw DomainException.badInput(field, `The title must be 1 to ${PROPOSAL_TITLE_MAX_LENGTH} characters`);
  }
  return trimmed;
}

export function validateDescription(description: string): string {
  const normalised = description.replace(/\r\n?/g, '\n');
  if (normalised.length > PROPOSAL_DESCRIPTION_MAX_LENGTH) {
    throw DomainException.badInput('description', `The description must be at most ${PROPOSAL_DESCRIPTION_MAX_LENGTH.toLocaleString('en')} characters`);
  }
  return normalised;
}

/** Trimmed text of 1..max characters (arguments, statements, dissents), or BAD_USER_INPUT naming `field`. */
export function validateText(text: string, field: string, max = TEXT_MAX_LENGTH): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed.length < 1 || trimmed.length > max) throw DomainException.badInput(field, `The ${field} must be 1 to ${max.toLocaleString('en')} characters`);
  return trimmed;
}

/** Null when empty; otherwise at most `max` characters. */
export function optionalText(text: string | null | undefined, field: string, max = TEXT_MAX_LENGTH): string | null {
  if (text == null || !text.trim()) return null;
  return validateText(text, field, max);
}

/** A closing time in the future and at most 90 days from now. */
export function validateClosesAt(closesAt: Date, now: Date, field = 'closesAt'): Date {
  if (!(closesAt instanceof Date) || Number.isNaN(closesAt.getTime())) throw DomainException.badInput(field, 'The closing time is not a valid date');
  if (closesAt.getTime() <= now.getTime()) throw DomainException.badInput(field, 'The closing time must be in the future');
  if (closesAt.getTime() > now.getTime() + MAX_CLOSE_DAYS * DAY_MS) {
    throw DomainException.badInput(field, `The closing time must be at most ${MAX_CLOSE_DAYS} days ahead`);
  }
  return closesAt;
}

export function validateReviewAt(reviewAt: Date | null | undefined, now: Date): Date | null {
  if (reviewAt == null) return null;
  if (Number.isNaN(reviewAt.getTime()) || reviewAt.getTime() <= now.getTime()) throw DomainException.badInput('reviewAt', 'The review date must be in the future');
  if (reviewAt.getTime() > now.getTime() + MAX_REVIEW_DAYS * DAY_MS) throw DomainException.badInput('reviewAt', 'The review date must be at most 5 years ahead');
  return reviewAt;
}

export function validateQuorum(quorumPercent: number | null | undefined): number {
  const value = quorumPercent ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > 100) throw DomainException.badInput('quorumPercent', 'The quorum must be a whole percentage from 0 to 100');
  return value;
}

export function validateAdvisors(process: string, usernames: string[] | null | undefined): string[] {
  const list = (usernames ?? []).map((u) => u.trim().toLowerCase()).filter(Boolean);
  if (process !== 'ADVICE') {
    if (list.length) throw DomainException.badInput('advisorUsernames', 'Only an ADVICE proposal asks advisors');
    return [];
  }
  if (!list.length) throw DomainException.badInput('advisorUsernames', 'Name at least one advisor to ask');
  if (list.length > MAX_ADVISORS) throw DomainException.badInput('advisorUsernames', `Ask at most ${MAX_ADVISORS} advisors`);
  return [...new Set(list)];
}
