import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@pnyx/api/core/config';
import { DataSource, type EntityManager } from 'typeorm';
import { CommitPositions } from './commit-positions';
import { replicaDataSourceOptions } from './data-source-options';
import { laterLsn } from './lsn';
import { currentReadRoute, type ReadRoute } from './read-route';
import { DEFAULT_REPLICA_TIMING, Replica, type ReplicaTiming } from './replica';
import { RoutedReader, type ReplicaChooser } from './routed-reader';
import { UserWritePositions } from './write-positions';

/** A connection pool by name, for the pool gauges: `primary`, `replica-1`, … */
export interface NamedPool {
  name: string;
  /** Its pool exists once initialized (a replica's on first use). */
  dataSource: DataSource;
}

/** Redis keys named after the database, as the realtime channels are (realtime.module.ts channelPrefix). */
export function replicaKeyPrefix(config: Pick<AppConfig, 'databaseUrl'>): string {
  const database = config.databaseUrl ? decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1)) : 'embedded';
  return `pnyx:${database || 'default'}:`;
}

/**
 * Read replicas (DATABASE_REPLICA_URLS). `reader()` gives an HTTP GraphQL
 * query a reader that goes to a replica which has replayed the user's last
 * commit (and the request's own), rotating among those caught up; anything
 * else gets the primary's manager. Commits in a request record the user's
 * position (CommitPositions → recordCommit). Without replicas `enabled` is
 * false and nothing here runs.
 */
export class ReadReplicas implements ReplicaChooser, OnModuleInit, OnModuleDestroy {
  readonly enabled: boolean;
  /** Reads of HTTP queries the primary answered (no replica caught up, or one failed). */
  primaryServed = 0;
  private next = 0;
  private readonly logger = new Logger('ReadReplicas');

  constructor(
    private readonly primary: DataSource,
    readonly replicas: readonly Replica[],
    private readonly positions: UserWritePositions,
  ) {
    this.enabled = replicas.length > 0;
    const recorder = primary.subscribers.find((s): s is CommitPositions => s instanceof CommitPositions);
    if (this.enabled) {
      if (!recorder) throw new Error('ReadReplicas needs the CommitPositions subscriber on the primary data source');
      recorder.sink = (route, lsn) => this.recordCommit(route, lsn);
    }
  }

  /** Builds the replicas of DATABASE_REPLICA_URLS with pools like the primary's. */
  static fromConfig(primary: DataSource, config: AppConfig, timing: ReplicaTiming = DEFAULT_REPLICA_TIMING): ReadReplicas {
    const replicas = config.db.replicaUrls.map((url, i) => {
      const name = `replica-${i + 1}`;
      return new Replica(name, new DataSource(replicaDataSourceOptions(url, config, name)), timing);
    });
    return new ReadReplicas(primary, replicas, new UserWritePositions(replicas.length ? config.redisUrl : null, replicaKeyPrefix(config)));
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    await this.positions.open();
    const positions = await Promise.all(this.replicas.map((replica) => replica.check()));
    const answering = positions.filter((lsn) => lsn !== null).length;
    this.logger.log(`${answering} of ${this.replicas.length} read replica(s) answer`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.close().catch(() => undefined)));
    await this.positions.close();
  }

  /** The reader for the current context: a routed one for an HTTP query, the primary's manager otherwise. */
  reader(): EntityManager {
    const route = currentReadRoute();
    if (!route?.replicaAllowed) return this.primary.manager;
    return (route.reader ??= new RoutedReader(this.primary, this, route));
  }

  /** Every pool of this process by name (the primary's and each replica's), for the pool gauges. */
  namedPools(): NamedPool[] {
    return [{ name: 'primary', dataSource: this.primary }, ...this.replicas.map((r) => ({ name: r.name, dataSource: r.dataSource }))];
  }

  /** Reads of HTTP queries each pool answered since start: `{ primary, 'replica-1', … }`. */
  servedReads(): Record<string, number> {
    return Object.fromEntries([['primary', this.primaryServed], ...this.replicas.map((r) => [r.name, r.served])]);
  }

  /** A replica that has replayed everything this route's reads must see, or null (primary). */
  async choose(route: ReadRoute): Promise<Replica | null> {
    let required = route.committedLsn;
    const userId = route.userId();
    if (userId) {
      // A commit made before the user was known (their first request syncs their row) becomes theirs now.
      if (route.committedLsn > 0n) await this.positions.record(userId, route.committedLsn);
      const position = await this.positions.positionOf(userId);
      if (position === null) return null;
      required = laterLsn(required, position);
    }
    const count = this.replicas.length;
    const start = this.next;
    for (let i = 0; i < count; i++) {
      const replica = this.replicas[(start + i) % count];
      if (await replica.hasReplayed(required)) {
        this.next = (start + i + 1) % count;
        return replica;
      }
    }
    return null;
  }

  /** A commit in `route`'s request: its later reads, and its user's everywhere, must see `lsn`. */
  async recordCommit(route: ReadRoute, lsn: bigint): Promise<void> {
    route.committedLsn = laterLsn(route.committedLsn, lsn);
    const userId = route.userId();
    if (userId) await this.positions.record(userId, lsn);
  }
}
