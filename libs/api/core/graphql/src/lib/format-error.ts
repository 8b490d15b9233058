import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';

/** Codes produced by GraphQL itself for a request the client got wrong. */
const CLIENT_ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

export type ErrorLogger = (error: unknown) => void;

/**
 * Maps every error to one of the contract's codes. Domain errors keep their
 * message and field; GraphQL's own request errors keep theirs; anything else
 * (a bug, a database error) is logged and reaches the client as a generic
 * INTERNAL_SERVER_ERROR — never a stack trace or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logUnexpected: ErrorLogger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainException) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_ERROR_CODES[code]) {
    return { ...base, message: formatted.message, extensions: { code: CLIENT_ERROR_CODES[code] } };
  }
  logUnexpected(original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
