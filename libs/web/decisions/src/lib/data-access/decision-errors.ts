import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@pnyx/shared/contracts';
import { errorInfos } from '@pnyx/web/core';

/** What a refused write means for the form that sent it. */
export interface WriteRefusal {
  /** The input named by the API (`extensions.field`, last segment), for BAD_USER_INPUT and CONFLICT. */
  readonly field: string | null;
  readonly code: string;
  /** The API's message (English), shown next to a field when there is no better text. */
  readonly message: string;
  /** RATE_LIMITED: seconds until it is allowed again (`extensions.retryAfterSeconds`). */
  readonly retryAfterSeconds: number | null;
}

function retryAfter(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const value = e.extensions?.['retryAfterSeconds'];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

/** The first error of a failed mutation, as forms use it. */
export function writeRefusal(error: unknown): WriteRefusal {
  const [info] = errorInfos(error);
  return {
    field: info?.field ?? null,
    code: info?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
    message: info?.message ?? '',
    retryAfterSeconds: retryAfter(error),
  };
}

/** Errors the decisions screens show themselves (next to a field, or as a status line). */
export const WRITE_HANDLED: readonly string[] = [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.RATE_LIMITED, ErrorCode.FORBIDDEN];
/** Shown by the screens themselves ("not found or not visible"). */
export const READ_HANDLED: readonly string[] = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN];

/** Hours (rounded up) until a rate-limited action is allowed again. */
export function hoursUntil(seconds: number | null): number {
  return seconds === null ? 24 : Math.max(1, Math.ceil(seconds / 3600));
}
