import { ErrorCode } from '@pnyx/shared/contracts';
import type { TranslationService } from '@pnyx/web/core';
import { writeRefusal } from '../data-access/posts.api';

/** What a composer shows under its field when the API refuses a post: the API's words for the body, ours otherwise. */
export function refusalText(error: unknown, i18n: TranslationService): string {
  const refusal = writeRefusal(error);
  if (refusal.code === ErrorCode.BAD_USER_INPUT && refusal.message) return refusal.message;
  if (refusal.code === ErrorCode.FORBIDDEN) return i18n.translate('posts.composer.forbidden');
  if (refusal.code === ErrorCode.RATE_LIMITED) return i18n.translate('posts.composer.rateLimited');
  return i18n.translate('posts.composer.failed');
}
