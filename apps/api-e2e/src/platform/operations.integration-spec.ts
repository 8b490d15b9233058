import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

describe('operations: health, metrics, request ids, query limits, errors', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('reports health with the database checked', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves Prometheus metrics that count requests', async () => {
    await fetch(`${api.url}/health`);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/pnyx_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/);
    expect(text).toContain('pnyx_process_cpu_user_seconds_total');
  });

  it('without METRICS_TOKEN, hides /metrics from clients elsewhere, also when a local proxy forwards them', async () => {
    const forwarded = await fetch(`${api.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(forwarded.status).toBe(404);
    expect(await forwarded.text()).not.toContain('pnyx_');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const made = await fetch(`${api.url}/health`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells the web app where to sign in', async () => {
    const config = await (await fetch(`${api.url}/app-config.json`)).json();
    expect(config).toEqual({ oidc: { url: api.url, realm: 'pnyx', clientId: 'pnyx-web' } });
  });

  it('refuses a query nested 50 levels deep before it runs', async () => {
    const token = await api.token('alice');
    const deep = `{ spaces { members { user { id } } } page(id: "x") { ${'parent { '.repeat(48)} id ${'} '.repeat(48)} } }`;
    const result = await api.gql(token, deep);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/nested deeper than 12/) });
    expect(result.data).toBeUndefined();
  });

  it('refuses 5,000 aliases before it runs', async () => {
    const token = await api.token('alice');
    const aliases = Array.from({ length: 5_000 }, (_, i) => `a${i}: username`).join(' ');
    const result = await api.gql(token, `{ me { ${aliases} } }`);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/more than 100 aliases/) });
    expect(result.data).toBeUndefined();
  });

  it('answers a malformed query with BAD_USER_INPUT and no internals', async () => {
    const result = await api.gql(await api.token('alice'), '{ me { ');
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|node_modules/);
  });

  it('refuses a document of more than 20,000 tokens while parsing it: a chain of 4,000 fragments is refused, not a stack overflow', async () => {
    const chain = `query Q { ...F0 } ${Array.from({ length: 4_000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F4000 on Query { __typename }`;
    const result = await api.gql(null, chain);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/20000 tokens/) });
  });

  it('refuses a GET mutation and a form post (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query={me{id}}',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

/** A TCP proxy to PostgreSQL that can play a database restart: drop every connection and refuse new ones, then come back. */
async function databaseProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let up = true;
  const server = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const drop = () => {
      for (const socket of [client, upstream]) {
        socket.destroy();
        sockets.delete(socket);
      }
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', drop).on('close', drop);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    stop() {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    start() {
      up = true;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('operations: a database restart', () => {
  let proxy: Awaited<ReturnType<typeof databaseProxy>>;
  let api: TestApi;
  beforeAll(async () => {
    proxy = await databaseProxy(inject('databaseUrl'));
    api = await startTestApi({ DATABASE_URL: proxy.url });
  });
  afterAll(async () => {
    proxy?.start();
    await api?.close();
    await proxy?.close();
  });

  it('answers SERVICE_UNAVAILABLE (retryable, no internals) while the database is away, and serves again once it is back', async () => {
    const token = await api.token('alice');
    const spaces = () => api.gql(token, '{ spaces { id } }');
    expect((await spaces()).errors).toBeUndefined();

    proxy.stop();
    const during = await spaces();
    expect(during.errors).toEqual([
      expect.objectContaining({ message: 'The service is briefly unavailable; try again', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }),
    ]);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(503);

    proxy.start();
    await expect.poll(async () => (await spaces()).errors, { timeout: 10_000, interval: 50 }).toBeUndefined();
  });
});
