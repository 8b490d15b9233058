import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorInfos, errorMessageKey, hasErrorCode } from './graphql-errors';

function graphQLError(code: string, field?: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: `${code} happened`, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

function serverError(status: number, body = ''): ServerError {
  return new ServerError(`status ${status}`, { response: new Response(body, { status }), bodyText: body });
}

describe('errorInfos', () => {
  it('reads code, message and field of GraphQL errors', () => {
    expect(errorInfos(graphQLError('BAD_USER_INPUT', 'key'))).toEqual([
      { code: 'BAD_USER_INPUT', message: 'BAD_USER_INPUT happened', field: 'key' },
    ]);
  });

  it('keeps the last segment of a dotted field path', () => {
    expect(errorInfos(graphQLError('BAD_USER_INPUT', 'input.name'))[0].field).toBe('name');
  });

  it('treats unknown codes as internal errors', () => {
    expect(errorInfos(graphQLError('GRAPHQL_VALIDATION_FAILED'))[0].code).toBe('INTERNAL_SERVER_ERROR');
  });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [429, 'RATE_LIMITED'],
    [500, 'INTERNAL_SERVER_ERROR'],
    [503, 'NETWORK'],
  ])('maps HTTP %i without a GraphQL body to %s', (status, code) => {
    expect(errorInfos(serverError(status))[0].code).toBe(code);
  });

  it('prefers the GraphQL errors in a non-2xx body', () => {
    const body = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(errorInfos(serverError(400, body))[0].code).toBe('UNAUTHENTICATED');
  });

  it('reports a failed fetch as NETWORK and an expired session as UNAUTHENTICATED', () => {
    expect(errorInfos(new TypeError('Failed to fetch'))[0].code).toBe('NETWORK');
    const expired = Object.assign(new Error('expired'), { name: 'SessionExpiredError' });
    expect(errorInfos(expired)[0].code).toBe('UNAUTHENTICATED');
  });
});

describe('hasErrorCode / errorMessageKey', () => {
  it('finds a code among several errors', () => {
    expect(hasErrorCode(graphQLError('NOT_FOUND'), 'NOT_FOUND')).toBe(true);
    expect(hasErrorCode(graphQLError('NOT_FOUND'), 'FORBIDDEN')).toBe(false);
    expect(hasErrorCode(undefined, 'NOT_FOUND')).toBe(false);
  });

  it('names a translation key per code', () => {
    expect(errorMessageKey('CONFLICT')).toBe('errors.CONFLICT');
  });
});
