import type { ReadReplicas } from '@pnyx/api/core/database';
import { OperationObservers } from '@pnyx/api/core/graphql';
import type { JobQueue, JobRunObserver } from '@pnyx/api/core/jobs';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics';
import { PlatformMetrics } from './platform-metrics';

/** A DataSource as far as poolOf reads it: its driver's pg pool, once it has one. */
const dataSourceWith = (pool: { totalCount: number; idleCount: number; waitingCount: number } | undefined) => ({ driver: { master: pool } }) as unknown as DataSource;

describe('PlatformMetrics', () => {
  it('reports every pool of the process, a replica not yet connected at 0, and wires GraphQL and job runs', async () => {
    const metrics = new Metrics();
    const observers = new OperationObservers();
    const runObservers: JobRunObserver[] = [];
    const runnerPool = { totalCount: 2, idleCount: 1, waitingCount: 0 };
    const jobs = { observeRuns: (o: JobRunObserver) => runObservers.push(o), runnerPool } as unknown as JobQueue;
    const replica = { driver: {} as { master?: unknown } };
    const replicas = {
      namedPools: () => [
        { name: 'primary', dataSource: dataSourceWith({ totalCount: 10, idleCount: 7, waitingCount: 1 }) },
        { name: 'replica-1', dataSource: replica as unknown as DataSource },
      ],
    } as unknown as ReadReplicas;
    new PlatformMetrics(metrics, observers, jobs, replicas).onModuleInit();

    let text = await metrics.registry.metrics();
    expect(text).toContain('pnyx_db_pool_connections{pool="primary",state="total"} 10');
    expect(text).toContain('pnyx_db_pool_connections{pool="primary",state="waiting"} 1');
    expect(text).toContain('pnyx_db_pool_connections{pool="replica-1",state="total"} 0');
    expect(text).toContain('pnyx_db_pool_connections{pool="jobs",state="total"} 2');

    // The replica connects on first use: the next scrape sees its pool.
    replica.driver.master = { totalCount: 3, idleCount: 3, waitingCount: 0 };
    observers.operation({ name: 'Me', type: 'query', transport: 'http', outcome: 'ok', seconds: 0.01, userId: null });
    runObservers.forEach((observe) => observe({ task: 'digest', outcome: 'ok', seconds: 0.1 }));
    text = await metrics.registry.metrics();
    expect(text).toContain('pnyx_db_pool_connections{pool="replica-1",state="idle"} 3');
    expect(text).toContain('pnyx_graphql_operations_total{operation="Me",type="query",outcome="ok"} 1');
    expect(text).toContain('pnyx_job_runs_total{task="digest",outcome="ok"} 1');
  });
});
