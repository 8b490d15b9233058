import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const deep = `{ spaces { members { user { id } } } ${'__schema { types { fields { type { ofType { '.repeat(8)} name ${'} } } } } '.repeat(8)} }`;
    const result = await api.gql(token, deep);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/nested deeper than 12/) });
    expect(result.data).toBeUndefined();
  });

  it('refuses 10,000 aliases before it runs', async () => {
    const token = await api.token('alice');
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i}: username`).join(' ');
    const result = await api.gql(token, `{ me { ${aliases} } }`);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/more than 100 aliases/) });
    expect(result.data).toBeUndefined();
  });

  it('answers a malformed query with BAD_USER_INPUT and no internals', async () => {
    const result = await api.gql(await api.token('alice'), '{ me { ');
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|node_modules/);
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
