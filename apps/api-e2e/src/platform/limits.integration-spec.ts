import { getIntrospectionQuery } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const WAIT = { timeout: 10_000, interval: 20 };
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

/** 22 fragments, each but the last spreading the next one twice: ~800 bytes asking for 2^21 `__typename`s. */
const FRAGMENT_BOMB = `query Q{...F0} ${Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`).join(' ')} fragment F21 on Query{__typename}`;

const wsUrl = (api: TestApi) => `${api.url.replace(/^http/, 'ws')}/graphql`;

/** One operation over graphql-ws with alice's token: what it received, once it is over. */
async function overWebSocket(api: TestApi, clients: Client[], query: string) {
  const token = await api.token('alice');
  const client = createClient({ url: wsUrl(api), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${token}` } });
  clients.push(client);
  const seen = { results: [] as unknown[], error: undefined as unknown, completed: false };
  client.subscribe({ query }, { next: (r) => seen.results.push(r), error: (e) => (seen.error = e), complete: () => (seen.completed = true) });
  await expect.poll(() => seen.completed || seen.error !== undefined, WAIT).toBe(true);
  return seen;
}

describe('query limits at the GraphQL edge', () => {
  let api: TestApi;
  const clients: Client[] = [];
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => api?.close());

  it('refuses the 22-level doubling fragment document from an anonymous caller at once', async () => {
    await api.gql(null, '{ __typename }'); // the first request warms the server up
    const timed = async (query: string) => {
      const started = performance.now();
      const result = await api.gql(null, query);
      return { result, ms: (performance.now() - started).toFixed(0) };
    };
    const trivial = await timed('{ __typename }');
    const { result, ms } = await timed(FRAGMENT_BOMB);
    console.log(`fragment bomb (22 levels, ${FRAGMENT_BOMB.length} bytes) answered in ${ms} ms; { __typename } in ${trivial.ms} ms`);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: undefined, message: 'The query asks for more than 30 top-level fields' });
    expect(result.data).toBeUndefined();
  });

  it('counts a fragment’s aliases each time it is spread: 10 aliases spread 1,000 times are refused', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}: username`).join(' ');
    const result = await api.gql(await api.token('alice'), `{ me { ${'...Ten '.repeat(1_000)} } } fragment Ten on User { ${ten} }`);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The query uses more than 100 aliases' });
    expect(result.data).toBeUndefined();
  });

  it('counts top-level fields inside inline fragments and fragments spread at the top', async () => {
    const token = await api.token('alice');
    const fields = Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(' ');
    for (const query of [`{ ... on Query { ${fields} } }`, `{ ...Top } fragment Top on Query { ${fields} }`]) {
      const result = await api.gql(token, query);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The query asks for more than 30 top-level fields' });
      expect(result.data).toBeUndefined();
    }
  });

  it('answers graphql-js’s standard introspection queries, as tools send them', async () => {
    for (const query of [getIntrospectionQuery(), FULL_INTROSPECTION]) {
      const result = await api.gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(null, query);
      expect(result.errors).toBeUndefined();
      expect(result.data?.__schema.queryType.name).toBe('Query');
      expect(result.data?.__schema.types.map((t) => t.name)).toContain('Page');
    }
  });

  it('does not let a query hide under __type: nested lists and 21 levels are refused', async () => {
    const lists = await api.gql(null, '{ __type(name: "Page") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }');
    expect(errorOf(lists)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Maximum introspection depth exceeded' });
    const deep = await api.gql(null, `{ __type(name: "Page") { ${'ofType { '.repeat(20)} name ${'} '.repeat(20)} } }`);
    expect(errorOf(deep)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The introspection query is nested deeper than 20 levels' });
  });

  it('closes a WebSocket that sends a 2 MB message with 1009 (message too big)', async () => {
    const socket = new WebSocket(wsUrl(api), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(2_000_000) } }));
    expect(await closed).toBe(1009);
  });

  it('refuses 100,000 aliases over WebSocket as over HTTP, without running them', async () => {
    const aliases = Array.from({ length: 100_000 }, (_, i) => `a${i.toString(36)}:id`).join(' ');
    const query = `{ me { ${aliases} } }`;
    const overHttp = await api.gql(await api.token('alice'), query);
    expect(overHttp.data).toBeUndefined();
    const seen = await overWebSocket(api, clients, query);
    expect(seen.results).toEqual([]);
    expect(seen.error).toEqual([expect.objectContaining({ message: errorOf(overHttp).message, extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(errorOf(overHttp).message).toMatch(/more than 100 aliases|\d+ tokens/);
  });
});

describe('GRAPHQL_INTROSPECTION=false', () => {
  let api: TestApi;
  const clients: Client[] = [];
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_INTROSPECTION: 'false' });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => api?.close());

  it('refuses introspection over HTTP and over WebSocket, and still answers __typename', async () => {
    const overHttp = await api.gql(null, getIntrospectionQuery());
    expect(errorOf(overHttp)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/introspection has been disabled/) });
    const seen = await overWebSocket(api, clients, '{ __type(name: "Page") { name } }');
    expect(seen.results).toEqual([]);
    expect(seen.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/introspection has been disabled/), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect((await api.gql(null, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
