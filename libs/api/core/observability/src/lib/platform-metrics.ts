import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OperationObservers } from '@pnyx/api/core/graphql';
import { JobQueue } from '@pnyx/api/core/jobs';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics';
import type { PoolLike } from './pool-metrics';

/** The pg Pool behind a TypeORM DataSource on PostgreSQL (its driver's `master`), if it has one yet. */
export function poolOf(dataSource: DataSource): PoolLike | null {
  const pool = (dataSource.driver as { master?: unknown }).master;
  return pool && typeof pool === 'object' && 'totalCount' in pool ? (pool as PoolLike) : null;
}

/**
 * Connects the app's metrics to what they watch, at module init: GraphQL
 * operations and WebSocket subscriptions (OperationObservers in core/graphql),
 * job runs (JobQueue.observeRuns), the primary database pool (pool="primary")
 * and the job runner's own pool (pool="jobs").
 * Provided once, by the composition root.
 */
@Injectable()
export class PlatformMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly observers: OperationObservers,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.observers.add(this.metrics.graphql);
    this.jobs.observeRuns(this.metrics.jobs.observe);
    const primary = poolOf(this.dataSource);
    if (primary) this.metrics.registerPool('primary', primary);
    // The job runner's pool exists once the queue has installed its schema: read it at each scrape.
    const jobs = this.jobs;
    this.metrics.registerPool('jobs', {
      get totalCount() {
        return jobs.runnerPool?.totalCount ?? 0;
      },
      get idleCount() {
        return jobs.runnerPool?.idleCount ?? 0;
      },
      get waitingCount() {
        return jobs.runnerPool?.waitingCount ?? 0;
      },
    });
  }
}
