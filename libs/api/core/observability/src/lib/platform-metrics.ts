import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReadReplicas } from '@pnyx/api/core/database';
import { OperationObservers } from '@pnyx/api/core/graphql';
import { JobQueue } from '@pnyx/api/core/jobs';
import type { DataSource } from 'typeorm';
import { Metrics } from './metrics';
import { lazyPool, type PoolLike } from './pool-metrics';

/** The pg Pool behind a TypeORM DataSource on PostgreSQL (its driver's `master`), once it has one. */
export function poolOf(dataSource: DataSource): PoolLike | null {
  const pool = (dataSource.driver as { master?: unknown } | undefined)?.master;
  return pool && typeof pool === 'object' && 'totalCount' in pool ? (pool as PoolLike) : null;
}

/**
 * Connects the app's metrics to what they watch, at module init: GraphQL
 * operations and WebSocket subscriptions (OperationObservers in core/graphql),
 * job runs (JobQueue.observeRuns), and every database pool of the process —
 * the primary's and each read replica's (ReadReplicas.namedPools: pool="primary",
 * "replica-1", …) and the job runner's own (pool="jobs"), read at each scrape.
 * Provided once, by the composition root.
 */
@Injectable()
export class PlatformMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly observers: OperationObservers,
    private readonly jobs: JobQueue,
    private readonly replicas: ReadReplicas,
  ) {}

  onModuleInit(): void {
    this.observers.add(this.metrics.graphql);
    this.jobs.observeRuns(this.metrics.jobs.observe);
    for (const { name, dataSource } of this.replicas.namedPools()) this.metrics.registerPool(name, lazyPool(() => poolOf(dataSource)));
    this.metrics.registerPool('jobs', lazyPool(() => this.jobs.runnerPool));
  }
}
