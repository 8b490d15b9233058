/** The error codes a client may see in `extensions.code` (see the API contract). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database (or another dependency) is briefly unreachable: retry later (`extensions.retryable: true`). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** A subscription may have missed events and was ended: refetch, then subscribe again. */
  RESYNC: 'RESYNC',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
