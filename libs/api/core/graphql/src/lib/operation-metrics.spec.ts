import { GraphQLError, parse, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import type { GraphqlContext } from './graphql-context';
import { observeWsOperations, OperationObservers, operationMetricsPlugin, outcomeOf, typeFromSource, type OperationObserver, type OperationReport } from './operation-metrics';

function recorder() {
  const reports: OperationReport[] = [];
  const gauges = { connections: 0, subscriptions: new Map<string, number>() };
  /** The scope each execution ran in: request id and user id. */
  const scopes: { requestId: string; userId: string | undefined }[] = [];
  const observer: OperationObserver = {
    operation: (report) => reports.push(report),
    connection: (delta) => (gauges.connections += delta),
    subscription: (field, delta) => gauges.subscriptions.set(field, (gauges.subscriptions.get(field) ?? 0) + delta),
    scope: (requestId, req, run) => {
      scopes.push({ requestId, userId: req.user?.id });
      return run();
    },
  };
  const observers = new OperationObservers();
  observers.add(observer);
  return { reports, gauges, observer, observers, scopes };
}

const user = { id: 'u-1' };
const argsFor = (query: string, operationName?: string) =>
  ({ schema: {} as GraphQLSchema, document: parse(query), operationName, contextValue: { req: { user }, loaders: new Map() } }) as unknown as ExecutionArgs;

const executed: ExecutionResult = { data: { me: 'alice' } };

/** Stub hooks: onSubscribe accepts anything but `refuse`; errors are formatted to FORBIDDEN (results) or RATE_LIMITED (refusals). */
function hooks() {
  return {
    execute: (_args: ExecutionArgs) => executed,
    subscribe: (_args: ExecutionArgs) => events(),
    onConnect: async (ctx) => ctx.connectionParams?.['ok'] === true,
    onClose: async () => undefined,
    onSubscribe: async (_ctx, _id, payload) =>
      payload.query.includes('refuse') ? [new GraphQLError('no', { extensions: { code: 'RAW' } })] : argsFor(payload.query, payload.operationName ?? undefined),
    onNext: async (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(() => ({ message: 'x', extensions: { code: 'FORBIDDEN' } })) } : undefined),
    onError: async (_ctx, _id, _payload, errors) => errors.map(() => ({ message: 'x', extensions: { code: 'RATE_LIMITED' } })),
  } satisfies Required<Pick<ServerOptions, 'onConnect' | 'onClose' | 'onSubscribe' | 'onNext' | 'onError'>>;
}

const ctxOf = (ok = true) => ({ connectionParams: { ok }, subscriptions: {}, extra: {} }) as unknown as Context;

async function* events() {
  yield { data: { pageUpdated: 1 } };
}

describe('outcomeOf and typeFromSource', () => {
  it('names the first error code, or ok; anything odd is internal', () => {
    expect(outcomeOf(undefined)).toBe('ok');
    expect(outcomeOf([])).toBe('ok');
    expect(outcomeOf([{ message: 'a', extensions: { code: 'BAD_USER_INPUT' } }, { message: 'b', extensions: { code: 'FORBIDDEN' } }])).toBe('BAD_USER_INPUT');
    expect(outcomeOf([{ message: 'a', extensions: { code: 'evil"}label' } }])).toBe('INTERNAL_SERVER_ERROR');
    expect(outcomeOf([{ message: 'a' }])).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads the type from the source text when nothing was parsed', () => {
    expect(typeFromSource('  # c\n mutation X { a }')).toBe('mutation');
    expect(typeFromSource('{ a }')).toBe('query');
    expect(typeFromSource('subscription { a }')).toBe('subscription');
    expect(typeFromSource('fragment F on Q { a }')).toBe('unknown');
    expect(typeFromSource(42)).toBe('unknown');
  });
});

describe('observeWsOperations', () => {
  it('counts authenticated connections only, and each once when it closes', async () => {
    const { gauges, observers } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    const [good, refused] = [ctxOf(true), ctxOf(false)];
    expect(await ws.onConnect(good)).toBe(true);
    expect(await ws.onConnect(refused)).toBe(false);
    expect(gauges.connections).toBe(1);
    await ws.onClose(refused, 4401, '');
    await ws.onClose(good, 1000, '');
    await ws.onClose(good, 1000, '');
    expect(gauges.connections).toBe(0);
  });

  it('reports a query once, with its name, user and formatted outcome', async () => {
    const { reports, observers } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    const ctx = ctxOf();
    const payload = { query: 'query Me { me }', operationName: 'Me' };
    const args = (await ws.onSubscribe(ctx, '1', payload)) as ExecutionArgs;
    const result: ExecutionResult = { data: null, errors: [new GraphQLError('nope')] };
    await ws.onOperation(ctx, '1', payload, args, result);
    await ws.onNext(ctx, '1', payload, args, result);
    await ws.onComplete(ctx, '1', payload);
    expect(reports).toEqual([{ name: 'Me', type: 'query', transport: 'websocket', outcome: 'FORBIDDEN', seconds: expect.any(Number), userId: 'u-1', requestId: expect.any(String) }]);
  });

  it('reports a refused operation with the code the client was sent', async () => {
    const { reports, observers } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    const ctx = ctxOf();
    const payload = { query: 'mutation refuse { a }' };
    const errors = (await ws.onSubscribe(ctx, '1', payload)) as readonly GraphQLError[];
    await ws.onError(ctx, '1', payload, errors);
    expect(reports).toEqual([expect.objectContaining({ name: null, type: 'mutation', outcome: 'RATE_LIMITED' })]);
  });

  it('reports an operation whose onSubscribe failed as INTERNAL_SERVER_ERROR, and rethrows', async () => {
    const { reports, observers } = recorder();
    const boom = new Error('boom');
    const ws = observeWsOperations({ ...hooks(), onSubscribe: async () => Promise.reject(boom) }, observers);
    const ctx = ctxOf();
    await expect(ws.onSubscribe(ctx, '1', { query: 'query Q { me }', operationName: 'Q' })).rejects.toBe(boom);
    await ws.onClose(ctx, 4500, '');
    expect(reports).toEqual([expect.objectContaining({ name: 'Q', type: 'query', outcome: 'INTERNAL_SERVER_ERROR' })]);
  });

  it('counts a subscription once when its stream starts, not per event, and ends it once', async () => {
    const { reports, gauges, observers } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    const ctx = ctxOf();
    await ws.onConnect(ctx);
    const payload = { query: 'subscription OnPage { pageUpdated(id: 1) }', operationName: 'OnPage' };
    const args = (await ws.onSubscribe(ctx, '7', payload)) as ExecutionArgs;
    await ws.onOperation(ctx, '7', payload, args, events());
    expect(gauges.subscriptions.get('pageUpdated')).toBe(1);
    expect(reports).toEqual([expect.objectContaining({ name: 'OnPage', type: 'subscription', outcome: 'ok' })]);
    for (let i = 0; i < 3; i++) await ws.onNext(ctx, '7', payload, args, { data: { pageUpdated: i } });
    // The connection closes (the client went away) and graphql-ws then completes the stream: one decrement.
    await ws.onClose(ctx, 1001, '');
    await ws.onComplete(ctx, '7', payload);
    expect(gauges.subscriptions.get('pageUpdated')).toBe(0);
    expect(gauges.connections).toBe(0);
    expect(reports).toHaveLength(1);
  });
});

describe('observeWsOperations: the operation scope', () => {
  it('runs execute, subscribe and the error formatting as a request of the caller, with the id the operation is reported under', async () => {
    const { reports, observers, scopes } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    const ctx = ctxOf();
    const payload = { query: 'query Me { me }', operationName: 'Me' };
    const args = (await ws.onSubscribe(ctx, '1', payload)) as ExecutionArgs;
    expect(ws.execute(args)).toBe(executed);
    await ws.onNext(ctx, '1', payload, args, executed);
    await ws.onComplete(ctx, '1', payload);
    const sub = (await ws.onSubscribe(ctx, '2', { query: 'subscription { pageUpdated }' })) as ExecutionArgs;
    ws.subscribe(sub);
    // execute and the formatting of its result ran as the query; subscribe as the subscription.
    expect(scopes).toHaveLength(3);
    expect(scopes[0]).toEqual({ requestId: reports[0].requestId, userId: 'u-1' });
    expect(scopes[1]).toEqual(scopes[0]);
    expect(scopes[2].requestId).not.toBe(scopes[0].requestId);
  });

  it('runs an execution it does not know (no context) as it is', () => {
    const { observers, scopes } = recorder();
    const ws = observeWsOperations(hooks(), observers);
    expect(ws.execute({} as ExecutionArgs)).toBe(executed);
    expect(scopes).toHaveLength(0);
  });
});

describe('operationMetricsPlugin', () => {
  it('reports an HTTP operation once its response is formatted', async () => {
    const { reports, observer } = recorder();
    const hooksOf = await operationMetricsPlugin(observer).requestDidStart();
    await hooksOf.willSendResponse({
      request: { operationName: 'CreatePage', query: 'mutation CreatePage { a }' },
      operation: parse('mutation CreatePage { a }').definitions[0] as never,
      operationName: 'CreatePage',
      contextValue: { req: { user }, loaders: new Map() } as unknown as GraphqlContext,
      response: { body: { kind: 'single', singleResult: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] } } },
    });
    expect(reports).toEqual([{ name: 'CreatePage', type: 'mutation', transport: 'http', outcome: 'BAD_USER_INPUT', seconds: expect.any(Number), userId: 'u-1' }]);
  });
});
