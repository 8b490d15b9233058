import { PubSub } from '@pnyx/api/core/realtime';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { Redis } from 'ioredis';
import { decodeJwt, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { buildSpace } from '../support/factories';
import { buildPage, savePage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

const PAGE_SAVED = 'subscription($id: ID!) { pageSaved(pageId: $id) { id title version updatedAt updatedBy { displayName } } }';
const REDIS_URL = 'redis://127.0.0.1:6379';
const WAIT = { timeout: 10_000, interval: 20 };

interface PageSaved {
  pageSaved: { id: string; title: string; version: number; updatedAt: string; updatedBy: { displayName: string } };
}

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client over the `ws` package, as a browser would connect (no retries, so a refusal shows). */
function connect(api: TestApi, authorization: string | null): { client: Client; closed: Promise<Closed> } {
  let closedWith: (closed: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: authorization === null ? {} : { Authorization: authorization },
    on: { closed: (event) => closedWith({ code: (event as Closed).code, reason: (event as Closed).reason }) },
  });
  return { client, closed };
}

/** What one subscription (or query) received: results, then an error or completion. */
function operate<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const seen = { results: [] as ExecutionResult<T>[], error: undefined as unknown, completed: false };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => seen.results.push(result),
      error: (error) => (seen.error = error),
      complete: () => (seen.completed = true),
    },
  );
  return { seen, stop };
}

/** Resolves when the operation is over: its first result, or its error list. */
async function once<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const { seen } = operate<T>(client, query, variables);
  await expect.poll(() => seen.completed || seen.error !== undefined, WAIT).toBe(true);
  return seen;
}

function pubSubOf(api: TestApi): PubSub {
  return api.app.get(PubSub);
}

/** Subscriptions are live once the resolver has subscribed to the topic (there is no protocol message for it). */
async function live(api: TestApi, count: number) {
  await expect.poll(() => pubSubOf(api).listenerCount('page.saved'), WAIT).toBe(count);
}

describe('GraphQL subscriptions over WebSocket', () => {
  let api: TestApi;
  let signingKey: { kid: string; key: CryptoKey | Uint8Array };
  const clients: Client[] = [];

  function open(authorization: string | null) {
    const connection = connect(api, authorization);
    clients.push(connection.client);
    return connection;
  }

  /** A copy of a real token of `username` with other claims (signed with the provider's key). */
  async function forge(username: string, claims: JWTPayload): Promise<string> {
    const payload = decodeJwt(await api.token(username));
    return new SignJWT({ ...payload, ...claims }).setProtectedHeader({ alg: 'RS256', kid: signingKey.kid }).sign(signingKey.key);
  }

  beforeAll(async () => {
    // A short statement timeout lets one test provoke a real driver error.
    api = await startTestApi({ DB_STATEMENT_TIMEOUT_MS: '1000' });
    const [row] = await api.dataSource.query(`SELECT kid, private_jwk AS jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
    signingKey = { kid: row.kid, key: (await importJWK(row.jwk as JWK, 'RS256')) as CryptoKey };
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await live(api, 0);
  });
  afterAll(() => api?.close());

  it('sends each save of a page to its subscriber: the new version with its author', async () => {
    const page = await buildPage(api, { members: ['bob'] });
    const { client } = open(`Bearer ${await api.token('alice')}`);
    const { seen } = operate<PageSaved>(client, PAGE_SAVED, { id: page.id });
    await live(api, 1);

    const saved = await savePage(api, 'bob', page.id, 1, { title: 'Edited by Bob' });
    expect(saved.errors).toBeUndefined();
    await expect.poll(() => seen.results.length, WAIT).toBe(1);
    expect(seen.results[0]).toEqual({
      data: { pageSaved: { id: page.id, title: 'Edited by Bob', version: 2, updatedAt: expect.any(String), updatedBy: { displayName: 'Bob Berger' } } },
    });

    const restored = await api.gql(await api.token('bob'), 'mutation($id: ID!) { restorePageRevision(pageId: $id, version: 1) { version } }', { id: page.id });
    expect(restored.errors).toBeUndefined();
    await expect.poll(() => seen.results.length, WAIT).toBe(2);
    expect(seen.results[1].data?.pageSaved).toMatchObject({ version: 3, title: page.title, updatedBy: { displayName: 'Bob Berger' } });
    expect(seen.error).toBeUndefined();
  });

  it("sends nothing about other pages, and stops when the client unsubscribes", async () => {
    const space = await buildSpace(api);
    const watched = await buildPage(api, { space });
    const other = await buildPage(api, { space });
    const { client } = open(`Bearer ${await api.token('alice')}`);
    const { seen, stop } = operate<PageSaved>(client, PAGE_SAVED, { id: watched.id });
    await live(api, 1);
    await savePage(api, 'alice', other.id, 1, { body: 'other' });
    await savePage(api, 'alice', watched.id, 1, { body: 'watched' });
    await expect.poll(() => seen.results.length, WAIT).toBe(1);
    expect(seen.results[0].data?.pageSaved).toMatchObject({ id: watched.id, version: 2 });
    stop();
    await live(api, 0);
  });

  it('refuses a connection more than 50 operations at once (each live subscription costs a check per save)', async () => {
    const page = await buildPage(api);
    const { client } = open(`Bearer ${await api.token('alice')}`);
    const running = Array.from({ length: 50 }, () => operate<PageSaved>(client, PAGE_SAVED, { id: page.id }));
    await live(api, 50);
    const refused = await once(client, PAGE_SAVED, { id: page.id });
    expect(refused.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    expect(running.every(({ seen }) => seen.error === undefined)).toBe(true);
    for (const { stop } of running) stop();
    await live(api, 0);
  });

  it('refuses a stranger NOT_FOUND for a private page, as the page query does, and sends them nothing', async () => {
    const page = await buildPage(api, { visibility: 'PRIVATE' });
    const { client } = open(`Bearer ${await api.token('alice')}`);
    const mine = operate<PageSaved>(client, PAGE_SAVED, { id: page.id }).seen;
    await live(api, 1);

    const stranger = open(`Bearer ${await api.token('carol')}`).client;
    const refused = await once<PageSaved>(stranger, PAGE_SAVED, { id: page.id });
    expect(refused.results).toEqual([{ errors: [expect.objectContaining({ message: 'Page not found', extensions: { code: 'NOT_FOUND', field: 'pageId' } })] }]);
    const query = await api.gql(await api.token('carol'), 'query($id: ID!) { page(id: $id) { id } }', { id: page.id });
    expect(query.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(pubSubOf(api).listenerCount('page.saved')).toBe(1);

    await savePage(api, 'alice', page.id, 1, { body: 'secret' });
    await expect.poll(() => mine.results.length, WAIT).toBe(1);
    expect(refused.results).toHaveLength(1);
  });

  it('checks access again for every save: a member who lost it gets nothing more', async () => {
    const page = await buildPage(api, { visibility: 'PRIVATE', members: ['carol'] });
    const alice = operate<PageSaved>(open(`Bearer ${await api.token('alice')}`).client, PAGE_SAVED, { id: page.id }).seen;
    const carol = operate<PageSaved>(open(`Bearer ${await api.token('carol')}`).client, PAGE_SAVED, { id: page.id }).seen;
    await live(api, 2);

    // No mutation removes a member yet: take the row away as one would.
    await api.dataSource.query(
      `DELETE FROM space_member WHERE space_id = (SELECT space_id FROM page WHERE id = $1) AND user_id = (SELECT id FROM app_user WHERE username = 'carol')`,
      [Buffer.from(page.id, 'base64url').toString().split(':')[1]],
    );
    await savePage(api, 'alice', page.id, 1, { body: 'after carol left' });
    await savePage(api, 'alice', page.id, 2, { body: 'and again' });
    // Version 2 may be skipped for alice: by the time it is sent, version 3 is current and announced next.
    await expect.poll(() => alice.results.at(-1)?.data?.pageSaved.version, WAIT).toBe(3);
    expect(carol.results).toEqual([]);
    expect(carol.error).toBeUndefined();
  });

  it.each([
    ['no token', null],
    ['an empty Authorization', ''],
    ['a token that is not a JWT', 'Bearer not-a-jwt'],
    ['another scheme', 'Basic YWxpY2U6YWxpY2U='],
  ])('closes the connection with 4401 Unauthorized for %s', async (_name, authorization) => {
    const { closed } = open(authorization);
    expect(await closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it.each([
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 120 }],
    ['a token for another audience', { aud: 'other-api' }],
  ])('closes the connection with 4401 Unauthorized for %s', async (_name, claims) => {
    const { closed } = open(`Bearer ${await forge('alice', claims)}`);
    expect(await closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes the connection with 4401 when its token expires, ending its subscriptions', async () => {
    const page = await buildPage(api);
    const { client, closed } = open(`Bearer ${await forge('alice', { exp: Math.floor(Date.now() / 1000) + 3 })}`);
    const { seen } = operate<PageSaved>(client, PAGE_SAVED, { id: page.id });
    await live(api, 1);
    expect(await closed).toEqual({ code: 4401, reason: 'Unauthorized: the access token has expired' });
    await live(api, 0);
    expect(seen.error).toMatchObject({ code: 4401 });
  });

  it('runs queries and mutations as the connection user, through the global guard', async () => {
    const page = await buildPage(api);
    const { client } = open(`Bearer ${await api.token('alice')}`);
    expect((await once(client, '{ me { username } }')).results).toEqual([{ data: { me: { username: 'alice' } } }]);
    const saved = await once<{ updatePage: { version: number } }>(client, 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }', {
      input: { id: page.id, baseVersion: 1, body: 'saved over WebSocket' },
    });
    expect(saved.results).toEqual([{ data: { updatePage: { version: 2 } } }]);
  });

  it('refuses a query nested 20 levels deep exactly as HTTP does', async () => {
    const page = await buildPage(api);
    const deep = `query($id: ID!) { page(id: $id) { ${'parent { '.repeat(18)}id${' }'.repeat(18)} } }`;
    const token = await api.token('alice');
    const http = await api.gql(token, deep, { id: page.id });
    expect(http.errors?.[0]).toMatchObject({ message: 'The query is nested deeper than 12 levels', extensions: { code: 'BAD_USER_INPUT' } });

    const ws = await once(open(`Bearer ${token}`).client, deep, { id: page.id });
    const errors = ws.error as { message: string; extensions: unknown }[];
    expect(errors.map(({ message, extensions }) => ({ message, extensions }))).toEqual(http.errors?.map(({ message, extensions }) => ({ message, extensions })));
    expect(ws.results).toEqual([]);
  });

  it('refuses a syntax error and an oversized query as client errors', async () => {
    const { client } = open(`Bearer ${await api.token('alice')}`);
    const broken = await once(client, '{ me { username ');
    expect(broken.error).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
    // Messages over 1 MiB close the socket (limits.integration-spec.ts); below that, the token limit applies as over HTTP.
    const huge = await once(client, `{ me { ${'username '.repeat(60_000)}} }`);
    expect(huge.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/\d+ tokens/), extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('lets no database error reach the client: INTERNAL_SERVER_ERROR, no SQL, no stack', async () => {
    const page = await buildPage(api);
    const { client } = open(`Bearer ${await api.token('alice')}`);
    expect((await once(client, '{ me { username } }')).results).toHaveLength(1); // connected and the user synced
    const locker = new pg.Client({ connectionString: inject('databaseUrl') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE page IN ACCESS EXCLUSIVE MODE');
      // The read waits for the lock until the statement timeout cancels it in the driver.
      const result = await once(client, 'query($id: ID!) { page(id: $id) { id title } }', { id: page.id });
      expect(result.results).toEqual([{ data: { page: null }, errors: [{ message: 'Internal server error', locations: expect.any(Array), path: ['page'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }]);
      expect(JSON.stringify(result)).not.toMatch(/statement|timeout|cancel|QueryFailed|stack|at \w+ \(/i);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });
});

describe('GraphQL subscriptions across two API processes (Redis)', () => {
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    // Same database, so the same channel prefix; another test run uses another database, so another prefix.
    a = await startTestApi({ REDIS_URL, SEED_DEMO: 'false' });
    b = await startTestApi({ REDIS_URL, SEED_DEMO: 'false', OIDC_ISSUER_URL: a.issuer });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('sends a save written through B to a subscriber on A', async () => {
    expect(pubSubOf(a).constructor.name).toBe('RedisPubSub');
    const page = await buildPage(a, { members: ['bob'] });
    const connection = connect(a, `Bearer ${await a.token('alice')}`);
    try {
      const { seen } = operate<PageSaved>(connection.client, PAGE_SAVED, { id: page.id });
      await expect.poll(() => pubSubOf(a).listenerCount('page.saved'), WAIT).toBe(1);

      const saved = await savePage(b, 'bob', page.id, 1, { body: 'written through B' });
      expect(saved.errors).toBeUndefined();
      await expect.poll(() => seen.results.length, WAIT).toBe(1);
      expect(seen.results[0].data?.pageSaved).toMatchObject({ id: page.id, version: 2, updatedBy: { displayName: 'Bob Berger' } });
    } finally {
      await connection.client.dispose();
    }
  });

  it('closes its Redis connections when it shuts down', async () => {
    const c = await startTestApi({ REDIS_URL, SEED_DEMO: 'false', OIDC_ISSUER_URL: a.issuer });
    const origin = pubSubOf(c).origin;
    const probe = new Redis(REDIS_URL);
    try {
      expect(await probe.client('LIST')).toContain(`pnyx-publish-${origin}`);
      await c.close();
      await expect.poll(() => probe.client('LIST'), WAIT).not.toContain(origin);
    } finally {
      await c.close();
      probe.disconnect();
    }
  });
});
