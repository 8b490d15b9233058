import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';
import { isServiceUnavailable } from './service-unavailable';

/** Codes produced by GraphQL itself for a request the client got wrong. */
const CLIENT_ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is briefly unavailable; try again';

export type ErrorLogger = (error: unknown) => void;

/**
 * What was thrown: inside a resolver's error, or inside the request error an
 * operation guard's refusal (or failure) became (no path; see operation-guards.ts).
 */
function thrown(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof GraphQLError && !unwrapped.path && unwrapped.originalError && !(unwrapped.originalError instanceof GraphQLError)) {
    return unwrapped.originalError;
  }
  return unwrapped;
}

/**
 * Maps every error to one of the contract's codes. Domain errors keep their
 * message and field; GraphQL's own request errors keep theirs; a database
 * that is briefly unreachable (restart, failover) is SERVICE_UNAVAILABLE with
 * `retryable: true`; anything else (a bug) is logged and reaches the client
 * as a generic INTERNAL_SERVER_ERROR — never a stack trace or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logUnexpected: ErrorLogger): GraphQLFormattedError {
  const original = thrown(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainException) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_ERROR_CODES[code]) {
    return { ...base, message: formatted.message, extensions: { code: CLIENT_ERROR_CODES[code] } };
  }
  logUnexpected(original);
  if (isServiceUnavailable(original)) {
    return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

const logger = new Logger('GraphQL');

/** Logs an error no client should see the details of, to the GraphQL logger. */
export function logUnexpectedError(error: unknown): void {
  logger.error(error instanceof Error ? error : String(error));
}

/** formatError logging to the GraphQL logger: what both transports use. */
export function formatErrorForClient(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatError(formatted, error, logUnexpectedError);
}
