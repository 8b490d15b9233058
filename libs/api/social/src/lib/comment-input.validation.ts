import { DomainException } from '@pnyx/api/core/graphql';

export const MAX_COMMENT_LENGTH = 10_000;

/** Trims a comment body; throws BAD_USER_INPUT naming `body` when empty or too long. */
export function validateCommentBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw DomainException.badInput('body', 'A comment must not be empty');
  if (trimmed.length > MAX_COMMENT_LENGTH) throw DomainException.badInput('body', `A comment must be at most ${MAX_COMMENT_LENGTH} characters`);
  return trimmed;
}
