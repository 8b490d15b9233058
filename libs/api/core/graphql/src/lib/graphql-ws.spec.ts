import { buildSchema, GraphQLError, specifiedRules, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import type { Context } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainException } from './domain.exception';
import type { AuthUser, ConnectionAuthenticator, GraphqlContext } from './graphql-context';
import { graphqlWsOptions } from './graphql-ws';
import type { OperationCall } from './operation-guards';
import { MAX_QUERY_TOKENS, queryLimitsRule } from './query-limits';

const schema = buildSchema('type Node { id: ID!, child: Node } type Query { node: Node, me: String }');
const alice: AuthUser = { id: 'u-1', subject: 's-1', username: 'alice', displayName: 'Alice', email: null, roles: ['EMPLOYEE'] };

function setup(authenticate: ConnectionAuthenticator['authenticate'] = async () => ({ user: alice, expiresAt: Date.now() + 60_000 })) {
  const logError = vi.fn();
  const checkOperation = vi.fn(async (_call: OperationCall) => undefined);
  const format = vi.fn((formatted: GraphQLFormattedError) => ({ message: `formatted: ${formatted.message}`, extensions: { code: 'X' } }));
  const options = graphqlWsOptions({
    authenticator: { authenticate },
    schema: () => schema,
    rules: [...specifiedRules, queryLimitsRule({ maxDepth: 3, maxAliases: 10, maxRootFields: 10 })],
    checkOperation,
    format,
    logError,
  });
  const socket = { OPEN: 1, readyState: 1, close: vi.fn() };
  const ctx = { extra: { socket, request: { headers: { host: 'x' } } }, connectionParams: { Authorization: 'Bearer t' }, subscriptions: { '1': null } } as unknown as Context;
  const subscribe = async (query: string, variables?: Record<string, unknown>) =>
    (await options.onSubscribe(ctx, '1', { query, variables })) as ExecutionArgs | readonly GraphQLError[];
  return { options, socket, ctx, logError, format, subscribe, checkOperation };
}

describe('graphqlWsOptions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('accepts a connection whose token the authenticator accepts, passing it the Authorization parameter', async () => {
    const authenticate = vi.fn(async () => ({ user: alice, expiresAt: Date.now() + 60_000 }));
    const { options, ctx, socket } = setup(authenticate);
    expect(await options.onConnect(ctx)).toBe(true);
    expect(authenticate).toHaveBeenCalledWith('Bearer t');
    expect(socket.close).not.toHaveBeenCalled();
  });

  it('closes with 4401 when the authenticator refuses, and with 4500 (logged, no details) when it fails', async () => {
    const refused = setup(async () => {
      throw DomainException.unauthenticated();
    });
    expect(await refused.options.onConnect(refused.ctx)).toBe(false);
    expect(refused.socket.close).toHaveBeenCalledWith(4401, 'Unauthorized');

    const broken = setup(async () => {
      throw new Error('relation "idp_key" does not exist');
    });
    expect(await broken.options.onConnect(broken.ctx)).toBe(false);
    expect(broken.socket.close).toHaveBeenCalledWith(4500, 'Internal server error');
    expect(broken.logError).toHaveBeenCalled();
  });

  it('closes with 4401 at the token’s expiry, and not after the connection closed', async () => {
    const { options, ctx, socket } = setup(async () => ({ user: alice, expiresAt: Date.now() + 5_000 }));
    await options.onConnect(ctx);
    vi.advanceTimersByTime(4_999);
    expect(socket.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(socket.close).toHaveBeenCalledWith(4401, 'Unauthorized: the access token has expired');

    const other = setup(async () => ({ user: alice, expiresAt: Date.now() + 5_000 }));
    await other.options.onConnect(other.ctx);
    await other.options.onClose(other.ctx, 1000, '');
    vi.advanceTimersByTime(10_000);
    expect(other.socket.close).not.toHaveBeenCalled();
  });

  it('re-checks expiry on every operation', async () => {
    const { options, ctx, socket, subscribe } = setup(async () => ({ user: alice, expiresAt: Date.now() + 5_000 }));
    await options.onConnect(ctx);
    vi.setSystemTime(Date.now() + 5_000); // the clock moved on, the timer has not fired yet
    const result = await subscribe('{ me }');
    expect(result).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(socket.close).toHaveBeenCalledWith(4401, 'Unauthorized: the access token has expired');
  });

  it('gives each operation a fresh context whose request carries the user', async () => {
    const { options, ctx, subscribe } = setup();
    await options.onConnect(ctx);
    const first = (await subscribe('{ me }')) as ExecutionArgs;
    const second = (await subscribe('{ me }')) as ExecutionArgs;
    const [a, b] = [first.contextValue, second.contextValue] as GraphqlContext[];
    expect(a.req.user).toEqual(alice);
    expect(a.req.headers).toEqual({ host: 'x' });
    expect(a).not.toBe(b);
    expect(a.loaders).not.toBe(b.loaders);
    expect(a.req).not.toBe(b.req);
  });

  it('validates with the given rules, and refuses parse errors and documents of too many tokens as client errors', async () => {
    const { options, ctx, subscribe, checkOperation } = setup();
    await options.onConnect(ctx);
    expect(await subscribe('{ node { child { child { id } } } }')).toEqual([
      expect.objectContaining({ message: 'The query is nested deeper than 3 levels', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    expect(await subscribe('{ nope }')).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    expect(await subscribe('{ me ')).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    expect(await subscribe(`{ ${'me '.repeat(MAX_QUERY_TOKENS)} }`)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(`${MAX_QUERY_TOKENS} tokens`), extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
    expect(checkOperation).not.toHaveBeenCalled();
  });

  it('runs the operation guards before anything executes, and sends their refusal formatted', async () => {
    const { options, ctx, subscribe, checkOperation, format } = setup();
    await options.onConnect(ctx);
    const accepted = (await subscribe('query Q($x: Boolean!) { me @include(if: $x) }', { x: true })) as ExecutionArgs;
    expect(checkOperation).toHaveBeenCalledWith({
      document: accepted.document,
      operation: expect.objectContaining({ name: expect.objectContaining({ value: 'Q' }) }),
      variables: { x: true },
      context: accepted.contextValue,
      transport: 'websocket',
    });

    const refusal = DomainException.badInput('title', 'title contains a null character');
    checkOperation.mockRejectedValueOnce(refusal);
    const refused = (await subscribe('{ me }')) as readonly GraphQLError[];
    expect(refused).toEqual([expect.objectContaining({ message: 'title contains a null character' })]);
    options.onError(ctx, '1', { query: '' }, refused);
    expect(format).toHaveBeenLastCalledWith(expect.anything(), refusal);
  });

  it('closes with 1013 Try Again Later when the database is briefly unreachable at connect', async () => {
    const { options, ctx, socket } = setup(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    expect(await options.onConnect(ctx)).toBe(false);
    expect(socket.close).toHaveBeenCalledWith(1013, 'The service is briefly unavailable; try again');
  });

  it('formats every error it sends, looking inside errors that carry no path', async () => {
    const { options, ctx, format } = setup();
    const cause = new Error('relation "x" does not exist');
    const sent = options.onError(ctx, '1', { query: '' }, [new GraphQLError(cause.message, { originalError: cause })]);
    expect(sent).toEqual([{ message: 'formatted: relation "x" does not exist', extensions: { code: 'X' } }]);
    expect(format).toHaveBeenLastCalledWith(expect.objectContaining({ message: cause.message }), cause);

    const result = { data: { me: null }, errors: [new GraphQLError('boom', { path: ['me'] })] };
    expect(options.onNext(ctx, '1', { query: '' }, {} as ExecutionArgs, result)).toEqual({ data: { me: null }, errors: [{ message: 'formatted: boom', extensions: { code: 'X' } }] });
    expect(options.onNext(ctx, '1', { query: '' }, {} as ExecutionArgs, { data: { me: 'alice' } })).toBeUndefined();
  });
});
