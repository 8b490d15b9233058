import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@pnyx/shared/contracts';

/** An `extensions.code` of the API, or NETWORK when no GraphQL answer arrived. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

export interface ErrorInfo {
  readonly code: ClientErrorCode;
  readonly message: string;
  /** The input field a BAD_USER_INPUT/CONFLICT names (`extensions.field`), last path segment. */
  readonly field?: string;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

function toCode(value: unknown): ErrorCode {
  return typeof value === 'string' && KNOWN_CODES.has(value) ? (value as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR;
}

function toField(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  return value.split('.').pop();
}

interface FormattedError {
  readonly message?: unknown;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

function fromFormattedErrors(errors: readonly FormattedError[]): ErrorInfo[] {
  return errors.map((e) => ({
    code: toCode(e.extensions?.['code']),
    message: typeof e.message === 'string' ? e.message : '',
    field: toField(e.extensions?.['field']),
  }));
}

function fromStatus(status: number, message: string): ErrorInfo {
  if (status === 401) return { code: ErrorCode.UNAUTHENTICATED, message };
  if (status === 403) return { code: ErrorCode.FORBIDDEN, message };
  if (status === 429) return { code: ErrorCode.RATE_LIMITED, message };
  if (status === 502 || status === 503 || status === 504) return { code: 'NETWORK', message };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message };
}

function bodyErrors(bodyText: string): FormattedError[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body?.errors) ? (body.errors as FormattedError[]) : [];
  } catch {
    return [];
  }
}

/** What went wrong with an operation, in the API's terms. */
export function errorInfos(error: unknown): ErrorInfo[] {
  if (CombinedGraphQLErrors.is(error)) return fromFormattedErrors(error.errors);
  if (ServerError.is(error)) {
    const errors = bodyErrors(error.bodyText);
    return errors.length > 0 ? fromFormattedErrors(errors) : [fromStatus(error.statusCode, error.message)];
  }
  if (error instanceof Error && error.name === 'SessionExpiredError') {
    return [{ code: ErrorCode.UNAUTHENTICATED, message: error.message }];
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

export function hasErrorCode(error: unknown, code: ClientErrorCode): boolean {
  return error != null && errorInfos(error).some((info) => info.code === code);
}

/** Translation key of the user-facing message for an error code. */
export function errorMessageKey(code: ClientErrorCode): string {
  return `errors.${code}`;
}
