import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { RequestWithUser } from '@pnyx/api/core/graphql';
import { GraphqlMetrics } from './graphql-metrics';
import { JobMetrics } from './job-metrics';
import { JsonLogger } from './json-logger';

describe('GraphqlMetrics', () => {
  it('counts operations by bounded name, type and outcome, times them, and logs one line each', async () => {
    const registry = new Registry();
    const lines: Record<string, unknown>[] = [];
    const metrics = new GraphqlMetrics(registry, (entry) => lines.push(entry));
    metrics.operation({ name: 'CreatePage', type: 'mutation', transport: 'http', outcome: 'BAD_USER_INPUT', seconds: 0.02, userId: 'u-1' });
    metrics.operation({ name: 'bad name!', type: 'query', transport: 'websocket', outcome: 'ok', seconds: 0.001, userId: null });
    const text = await registry.metrics();
    expect(text).toContain('pnyx_graphql_operations_total{operation="CreatePage",type="mutation",outcome="BAD_USER_INPUT"} 1');
    expect(text).toContain('pnyx_graphql_operations_total{operation="invalid",type="query",outcome="ok"} 1');
    expect(text).toContain('pnyx_graphql_operation_duration_seconds_count{operation="CreatePage",type="mutation"} 1');
    expect(text).toContain('pnyx_graphql_operation_duration_seconds_bucket{le="0.025",operation="CreatePage",type="mutation"} 1');
    expect(lines[0]).toMatchObject({ msg: 'graphql operation', operation: 'CreatePage', type: 'mutation', outcome: 'BAD_USER_INPUT', durationMs: 20, userId: 'u-1' });
    expect(typeof lines[1]['requestId']).toBe('string');
    expect(Object.keys(lines[0])).not.toContain('variables');
  });

  it('runs a WebSocket operation as a request: what it logs carries its request id and user id, and so does its line', () => {
    const written: Record<string, unknown>[] = [];
    const logger = new JsonLogger('info', (line) => written.push(JSON.parse(line)));
    const metrics = new GraphqlMetrics(new Registry(), (entry) => logger.log(entry, 'GraphQL'));
    const req = { user: { id: 'u-9' } } as RequestWithUser;
    metrics.scope('ws-op-1', req, () => logger.log('inside a resolver'));
    metrics.operation({ name: 'Inbox', type: 'subscription', transport: 'websocket', outcome: 'ok', seconds: 0.01, userId: 'u-9', requestId: 'ws-op-1' });
    expect(written[0]).toMatchObject({ msg: 'inside a resolver', requestId: 'ws-op-1', userId: 'u-9' });
    expect(written[1]).toMatchObject({ msg: 'graphql operation', requestId: 'ws-op-1', userId: 'u-9', transport: 'websocket' });
  });

  it('tracks open connections and running subscriptions by field', async () => {
    const registry = new Registry();
    const metrics = new GraphqlMetrics(registry, () => undefined);
    expect(await registry.metrics()).toContain('pnyx_websocket_connections 0');
    metrics.connection(1);
    metrics.connection(1);
    metrics.subscription('pageUpdated', 1);
    metrics.subscription('pageUpdated', 1);
    metrics.subscription('pageUpdated', -1);
    metrics.connection(-1);
    const text = await registry.metrics();
    expect(text).toContain('pnyx_websocket_connections 1');
    expect(text).toContain('pnyx_graphql_subscriptions_active{field="pageUpdated"} 1');
  });
});

describe('JobMetrics', () => {
  it('counts runs by task and outcome and times them by task', async () => {
    const registry = new Registry();
    const jobs = new JobMetrics(registry);
    jobs.observe({ task: 'close-proposal', outcome: 'ok', seconds: 0.2 });
    jobs.observe({ task: 'close-proposal', outcome: 'error', seconds: 0.1 });
    jobs.observe({ task: 'close-proposal', outcome: 'ok', seconds: 0.3 });
    const text = await registry.metrics();
    expect(text).toContain('pnyx_job_runs_total{task="close-proposal",outcome="ok"} 2');
    expect(text).toContain('pnyx_job_runs_total{task="close-proposal",outcome="error"} 1');
    expect(text).toContain('pnyx_job_run_duration_seconds_count{task="close-proposal"} 3');
  });
});
