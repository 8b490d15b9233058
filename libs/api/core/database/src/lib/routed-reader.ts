import { EntityManager, type DataSource, type ObjectLiteral } from 'typeorm';
import type { ReadRoute } from './read-route';
import type { Replica } from './replica';

/** SQLSTATEs after which the same read is sent to the primary, without blaming the replica's connection. */
const RETRY_ON_PRIMARY = new Set([
  '25006', // read_only_sql_transaction: a "read" that writes
  '40001', // canceled for a conflict with recovery (hot standby)
]);

function sqlState(error: unknown): string | undefined {
  const e = error as { driverError?: { code?: unknown }; code?: unknown } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The connection failed (no SQLSTATE: refused, reset, timed out; or 08xxx, 53xxx, 57Pxx): the replica is unwell. */
export function isReplicaConnectionFailure(error: unknown): boolean {
  const state = sqlState(error);
  return state === undefined || /^(08|53|57P)/.test(state);
}

/** The routing owner: picks a replica for a route, counts primary reads. */
export interface ReplicaChooser {
  choose(route: ReadRoute): Promise<Replica | null>;
  primaryServed: number;
}

/**
 * The reader of one HTTP query: an EntityManager whose `query` (all that
 * `namedQuery` uses) goes to a replica that has replayed this user's last
 * commit, chosen on the first read, else to the primary. Everything else an
 * EntityManager does stays on the primary. A read the replica cannot answer
 * is sent to the primary; the request's remaining reads stay there.
 */
export class RoutedReader extends EntityManager {
  private choice: Promise<Replica | null> | null = null;
  private choiceFor = -1n;

  constructor(
    primary: DataSource,
    private readonly chooser: ReplicaChooser,
    private readonly route: ReadRoute,
  ) {
    super(primary);
  }

  override async query<T = unknown>(sql: string, parameters?: unknown[] | ObjectLiteral): Promise<T> {
    const replica = this.route.replicaAllowed ? await this.target() : null;
    if (replica) {
      try {
        const result = await replica.dataSource.query<T>(sql, parameters as unknown[]);
        replica.served++;
        return result;
      } catch (error) {
        const connectionFailed = isReplicaConnectionFailure(error);
        if (!connectionFailed && !RETRY_ON_PRIMARY.has(sqlState(error) ?? '')) throw error;
        if (connectionFailed) replica.failed(error);
        this.choice = Promise.resolve(null);
      }
    }
    this.chooser.primaryServed++;
    return super.query<T>(sql, parameters);
  }

  /** The replica for this request; chosen again after the request commits something. */
  private target(): Promise<Replica | null> {
    if (!this.choice || this.choiceFor !== this.route.committedLsn) {
      this.choiceFor = this.route.committedLsn;
      this.choice = this.chooser.choose(this.route);
    }
    return this.choice;
  }
}
