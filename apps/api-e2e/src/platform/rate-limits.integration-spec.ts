import { channelPrefix } from '@pnyx/api/core/realtime';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const REDIS_URL = 'redis://127.0.0.1:6379';
const ME = '{ me { id username } }';
const WAIT = { timeout: 10_000, interval: 50 };

/** 5 operations per user per minute; 3 wrong passwords per account, then a one-second refusal; no sign-in delays. */
const LIMITED = {
  RATE_LIMIT_USER_PER_MINUTE: '5',
  RATE_LIMIT_IP_PER_MINUTE: '10000',
  LOGIN_MAX_FAILURES: '3',
  LOGIN_SLOW_AFTER_FAILURES: '1',
  LOGIN_DELAY_MS: '0',
  LOGIN_FAILURE_WINDOW_SECONDS: '600',
  LOGIN_LOCK_SECONDS: '1',
  LOGIN_IP_MAX_FAILURES: '10000',
};

/** POST /graphql, keeping what the test needs of the HTTP response. */
async function post(api: TestApi, token: string, query = ME) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GqlResult<unknown> };
}

async function operations(api: TestApi, token: string, count: number) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await post(api, token));
  return answers;
}

function expectRateLimited(error: GraphQLFormattedError | undefined) {
  expect(error?.extensions?.['code']).toBe('RATE_LIMITED');
  expect(error?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
}

function passwordGrant(api: TestApi, username: string, password: string): Promise<Response> {
  return fetch(`${api.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password }),
  });
}

describe('rate limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(LIMITED);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses a user’s 6th operation in a minute over HTTP with RATE_LIMITED, 429 and Retry-After; others go on', async () => {
    const alice = await api.token('alice');
    const allowed = await operations(api, alice, 5);
    expect(allowed.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(allowed[4]?.body.data).toMatchObject({ me: { username: 'alice' } });

    const refused = await post(api, alice);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.data).toBeUndefined();
    expectRateLimited(refused.body.errors?.[0]);
    expect(refused.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(Number(refused.retryAfter));

    const bob = await post(api, await api.token('bob'));
    expect(bob.status).toBe(200);
    expect(bob.body.data).toMatchObject({ me: { username: 'bob' } });
  });

  it('counts WebSocket operations with HTTP ones and refuses the 6th over the socket too', async () => {
    const carol = await api.token('carol');
    await operations(api, carol, 3);
    const client: Client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${carol}` },
    });
    const run = async () => {
      const seen = { result: undefined as ExecutionResult | undefined, errors: undefined as GraphQLFormattedError[] | undefined, done: false };
      client.subscribe(
        { query: ME },
        {
          next: (result) => (seen.result = result),
          error: (errors) => ((seen.errors = errors as GraphQLFormattedError[]), (seen.done = true)),
          complete: () => (seen.done = true),
        },
      );
      await expect.poll(() => seen.done, WAIT).toBe(true);
      return seen;
    };
    try {
      expect((await run()).result?.data).toMatchObject({ me: { username: 'carol' } });
      expect((await run()).result?.data).toMatchObject({ me: { username: 'carol' } });
      const refused = await run();
      expect(refused.result).toBeUndefined();
      expectRateLimited(refused.errors?.[0]);
    } finally {
      await client.dispose();
    }
  });

  it('holds an account after too many wrong passwords on the password grant, even the right one, until the lock ends', async () => {
    for (let i = 0; i < 3; i++) expect((await passwordGrant(api, 'admin', 'wrong')).status).toBe(401);
    const refused = await passwordGrant(api, 'admin', 'admin');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'invalid_grant', error_description: 'Account temporarily disabled' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    await expect.poll(async () => (await passwordGrant(api, 'admin', 'admin')).status, WAIT).toBe(200);
  });

  it('holds an account after too many wrong passwords on the login form, saying for how long, until the lock ends', async () => {
    const cookies = new Map<string, string>();
    const browse = async (url: URL, form?: Record<string, string>) => {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form) : undefined,
      });
      for (const header of response.headers.getSetCookie()) {
        const pair = header.split(';')[0] ?? '';
        cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      return response;
    };
    const authorize = new URL(`${api.issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'pnyx-web',
      redirect_uri: `${api.url}/`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const login = new URL((await browse(authorize)).headers.get('location') ?? '', api.url);
    expect((await browse(login)).status).toBe(200);

    for (let i = 0; i < 3; i++) {
      const wrong = await browse(login, { username: 'bob', password: 'wrong' });
      expect(await wrong.text()).toContain('Invalid username or password.');
    }
    const refused = await browse(login, { username: 'bob', password: 'bob' });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Too many failed sign-ins. Try again in 1 minute.');

    await expect.poll(async () => (await browse(login, { username: 'bob', password: 'bob' })).status, WAIT).toBe(303);
  });
});

describe('rate limits switched off', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ ...LIMITED, RATE_LIMIT_ENABLED: 'false', SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets 50 operations of one user through, and every password attempt be checked', async () => {
    const answers = await operations(api, await api.token('alice'), 50);
    expect(answers.every((answer) => answer.status === 200 && answer.body.errors === undefined)).toBe(true);

    for (let i = 0; i < 5; i++) expect((await passwordGrant(api, 'carol', 'wrong')).status).toBe(401);
    expect((await passwordGrant(api, 'carol', 'carol')).status).toBe(200);
  });
});

describe('rate limits shared through Redis', () => {
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    // Counts left in this run's keys by earlier suites (same database, same Redis) would skew ours.
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${channelPrefix({ databaseUrl: inject('databaseUrl') })}rate-limit:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    a = await startTestApi({ ...LIMITED, REDIS_URL, SEED_DEMO: 'false' });
    b = await startTestApi({ ...LIMITED, REDIS_URL, SEED_DEMO: 'false', OIDC_ISSUER_URL: a.issuer });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('refuses the 6th operation of a user across two processes', async () => {
    const alice = await a.token('alice');
    expect((await operations(a, alice, 3)).map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect((await operations(b, alice, 2)).map((answer) => answer.status)).toEqual([200, 200]);
    const refused = await post(b, alice);
    expect(refused.status).toBe(429);
    expectRateLimited(refused.body.errors?.[0]);
    expect((await post(a, alice)).status).toBe(429);
  });
});

describe('the address limit on public endpoints outside GraphQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ ...LIMITED, RATE_LIMIT_IP_PER_MINUTE: '3', SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses the 4th unsubscribe request of a minute from one address with 429 and Retry-After, and counts it with GraphQL', async () => {
    const unsubscribe = () => fetch(`${api.url}/mail/unsubscribe?u=x&k=MENTION&t=y`, { method: 'POST' });
    const allowed = await Promise.all([unsubscribe(), unsubscribe(), unsubscribe()]);
    expect(allowed.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(await allowed[0]?.text()).toContain('Link not valid');

    const refused = await unsubscribe();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).not.toMatch(/at .*\.js|SELECT/);
    // The same budget: a GraphQL operation from this address is refused too.
    expect((await post(api, '')).status).toBe(429);
  });
});
