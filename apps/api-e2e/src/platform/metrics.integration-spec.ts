import { randomUUID } from 'node:crypto';
import { JobQueue } from '@pnyx/api/core/jobs';
import { JsonLogger, MAX_OPERATION_NAMES } from '@pnyx/api/core/observability';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const WAIT = { timeout: 15_000, interval: 25 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample per line (label values here never hold quotes or commas). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)) labels[pair[1]] = pair[2];
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample of `name` whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

describe('/metrics and JSON logs', () => {
  let api: TestApi;
  /** Every line the app logged (debug and up), raw and parsed. */
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const clients: Client[] = [];

  const scrape = async (): Promise<Sample[]> => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    return parseMetrics(await response.text());
  };
  const metric = async (name: string, labels: Record<string, string> = {}) => valueOf(await scrape(), name, labels);
  const operationLines = () => lines.filter((l) => l['msg'] === 'graphql operation');

  beforeAll(async () => {
    api = await startTestApi({}, new JsonLogger('debug', (line) => {
      raw.push(line);
      lines.push(JSON.parse(line));
    }));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
  });

  it('counts and times a named query, and logs it once with its request id and user id', async () => {
    const token = await api.token('alice');
    const requestId = `metrics-spec-${randomUUID()}`;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query MetricsMe { me { id username } }' }),
    });
    expect(((await response.json()) as { data?: { me?: { username: string } } }).data?.me?.username).toBe('alice');

    const samples = await scrape();
    expect(valueOf(samples, 'pnyx_graphql_operations_total', { operation: 'MetricsMe', type: 'query', outcome: 'ok' })).toBe(1);
    expect(valueOf(samples, 'pnyx_graphql_operation_duration_seconds_count', { operation: 'MetricsMe', type: 'query' })).toBe(1);
    expect(valueOf(samples, 'pnyx_graphql_operation_duration_seconds_bucket', { operation: 'MetricsMe', type: 'query', le: '+Inf' })).toBe(1);

    const logged = operationLines().filter((l) => l['operation'] === 'MetricsMe');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'info', type: 'query', transport: 'http', outcome: 'ok', requestId });
    expect(logged[0]['userId']).toMatch(UUID);
    expect(typeof logged[0]['durationMs']).toBe('number');
  });

  it('counts a mutation refused with BAD_USER_INPUT under that outcome, and never logs its variables', async () => {
    const marker = `variable-marker-${randomUUID()}`;
    const result = await api.gql(
      await api.token('alice'),
      'mutation MetricsBadSpace($input: CreateSpaceInput!) { createSpace(input: $input) { id } }',
      { input: { key: 'not a valid key!', name: marker, visibility: 'PUBLIC' } },
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');

    const samples = await scrape();
    expect(valueOf(samples, 'pnyx_graphql_operations_total', { operation: 'MetricsBadSpace', type: 'mutation', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(valueOf(samples, 'pnyx_graphql_operations_total', { operation: 'MetricsBadSpace', type: 'mutation', outcome: 'ok' })).toBeUndefined();
    expect(valueOf(samples, 'pnyx_graphql_operation_duration_seconds_count', { operation: 'MetricsBadSpace', type: 'mutation' })).toBe(1);
    expect(operationLines().find((l) => l['operation'] === 'MetricsBadSpace')).toMatchObject({ outcome: 'BAD_USER_INPUT', userId: expect.stringMatching(UUID) });
    expect(raw.join('\n')).not.toContain(marker);
  });

  it('shows the open WebSocket connection and the running subscription, counted once, and 0 after they end', async () => {
    expect(await metric('pnyx_websocket_connections')).toBe(0);
    const client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      connectionParams: { Authorization: `Bearer ${await api.token('bob')}` },
    });
    clients.push(client);
    const seen = { error: undefined as unknown, completed: false };
    const stop = client.subscribe({ query: 'subscription MetricsInbox { notificationAdded { id } }' }, {
      next: () => undefined,
      error: (error) => (seen.error = error),
      complete: () => (seen.completed = true),
    });

    await expect.poll(() => metric('pnyx_graphql_subscriptions_active', { field: 'notificationAdded' }), WAIT).toBe(1);
    expect(await metric('pnyx_websocket_connections')).toBe(1);
    expect(await metric('pnyx_graphql_operations_total', { operation: 'MetricsInbox', type: 'subscription', outcome: 'ok' })).toBe(1);
    expect(seen.error).toBeUndefined();

    stop();
    await expect.poll(() => metric('pnyx_graphql_subscriptions_active', { field: 'notificationAdded' }), WAIT).toBe(0);
    expect(await metric('pnyx_graphql_operations_total', { operation: 'MetricsInbox', type: 'subscription', outcome: 'ok' })).toBe(1);
    const logged = operationLines().filter((l) => l['operation'] === 'MetricsInbox');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ transport: 'websocket', type: 'subscription', outcome: 'ok', userId: expect.stringMatching(UUID), requestId: expect.any(String) });

    await client.dispose();
    await expect.poll(() => metric('pnyx_websocket_connections'), WAIT).toBe(0);
  });

  it('reports the primary database pool and the job runner\'s pool at scrape time', async () => {
    const samples = await scrape();
    const total = valueOf(samples, 'pnyx_db_pool_connections', { pool: 'primary', state: 'total' });
    const idle = valueOf(samples, 'pnyx_db_pool_connections', { pool: 'primary', state: 'idle' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(total as number);
    expect(valueOf(samples, 'pnyx_db_pool_connections', { pool: 'primary', state: 'waiting' })).toBeGreaterThanOrEqual(0);
    // The job runner's own pool: it holds at least the connection it listens for new jobs on.
    expect(valueOf(samples, 'pnyx_db_pool_connections', { pool: 'jobs', state: 'total' })).toBeGreaterThanOrEqual(1);
  });

  it('counts job runs by task and outcome, with their durations', async () => {
    const jobs = api.app.get(JobQueue);
    jobs.define('metrics-spec-ok', async () => undefined);
    jobs.define('metrics-spec-fails', async () => {
      throw new Error('metrics spec: this job always fails');
    });
    await jobs.add('metrics-spec-ok', {});
    await jobs.add('metrics-spec-ok', {});
    await jobs.add('metrics-spec-fails', {}, { maxAttempts: 1 });
    await jobs.settle({ tasks: ['metrics-spec-ok', 'metrics-spec-fails'] });

    await expect.poll(() => metric('pnyx_job_runs_total', { task: 'metrics-spec-fails', outcome: 'failed' }), WAIT).toBe(1);
    const samples = await scrape();
    expect(valueOf(samples, 'pnyx_job_runs_total', { task: 'metrics-spec-ok', outcome: 'ok' })).toBe(2);
    expect(valueOf(samples, 'pnyx_job_run_duration_seconds_count', { task: 'metrics-spec-ok' })).toBe(2);
    expect(valueOf(samples, 'pnyx_job_run_duration_seconds_count', { task: 'metrics-spec-fails' })).toBe(1);
  });

  it(`keeps at most ${MAX_OPERATION_NAMES} operation names whatever 300 hostile ones a client sends`, async () => {
    const run = randomUUID().slice(0, 8);
    for (let batch = 0; batch < 300; batch += 25) {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `query Hostile_${run}_${batch + i} { __typename }` }),
          }).then((r) => r.text()),
        ),
      );
    }
    // Also names that are no names at all.
    await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

    const operations = (await scrape()).filter((s) => s.name === 'pnyx_graphql_operations_total');
    const names = new Set(operations.map((s) => s.labels['operation']));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3); // + 'other', 'anonymous', 'invalid'
    expect(names.has('other')).toBe(true);
    expect(names.has('anonymous')).toBe(true);
    const hostile = [...names].filter((n) => n.startsWith(`Hostile_${run}_`));
    expect(hostile.length).toBeLessThan(300);
    expect(hostile.length).toBeGreaterThan(0);
    const counted = operations.filter((s) => s.labels['operation'] === 'other' || s.labels['operation'].startsWith(`Hostile_${run}_`)).reduce((sum, s) => sum + s.value, 0);
    expect(counted).toBe(300);
  });

  it('leaves neither a bearer token nor a password-grant password in the logs', async () => {
    // A sign-in that fails: the identity provider logs it, and must not log what was typed.
    const password = `Wr0ng-${randomUUID()}`;
    const refused = await fetch(`${api.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username: 'carol', password, scope: 'openid' }),
    });
    expect(refused.status).toBe(401);
    // A sign-in that works, and a request carrying its token.
    const token = await api.token('admin');
    expect((await api.gql<{ me: { username: string } }>(token, 'query MetricsAdmin { me { username } }')).data?.me.username).toBe('admin');

    await expect.poll(() => raw.some((l) => l.includes('grant.error')), WAIT).toBe(true); // the capture sees the identity provider's lines
    const all = raw.join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.split('.')[2]); // not even the signature
    expect(all).not.toMatch(/password=(?!\[redacted\])/);
    expect(all).not.toMatch(/"(authorization|cookie)":"(?!\[redacted\])/i);
    expect(operationLines().find((l) => l['operation'] === 'MetricsAdmin')).toMatchObject({ outcome: 'ok', userId: expect.stringMatching(UUID) });
  });
});
