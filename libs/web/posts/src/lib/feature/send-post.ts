import { ErrorCode } from '@pnyx/shared/contracts';
import type { TranslationService } from '@pnyx/web/core';
import { MAX_POST_GRAPHEMES, countGraphemes } from '../data-access/post-text';
import { writeRefusal } from '../data-access/posts.api';

/**
 * What a composer shows under its field when the API refuses `body`: our words when we
 * know the rule it broke (the length, in the reader's language), else the API's.
 */
export function refusalText(error: unknown, i18n: TranslationService, body: string): string {
  const refusal = writeRefusal(error);
  if (refusal.code === ErrorCode.BAD_USER_INPUT) {
    if (refusal.field === 'body' && countGraphemes(body) > MAX_POST_GRAPHEMES) return i18n.translate('posts.composer.tooLong', { max: MAX_POST_GRAPHEMES });
    if (refusal.message) return refusal.message;
  }
  if (refusal.code === ErrorCode.FORBIDDEN) return i18n.translate('posts.composer.forbidden');
  if (refusal.code === ErrorCode.RATE_LIMITED) return i18n.translate('posts.composer.rateLimited');
  return i18n.translate('posts.composer.failed');
}
