import { EventSubscriber, type EntitySubscriberInterface } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import { parseLsn } from './lsn';
import { currentReadRoute, type ReadRoute } from './read-route';

/** When the position cannot be read: the user's reads stay on the primary until it is forgotten. */
export const UNKNOWN_COMMIT_POSITION = 2n ** 64n - 1n;

/** Where a commit's position goes (ReadReplicas.recordCommit). */
export type CommitSink = (route: ReadRoute, lsn: bigint) => Promise<void>;

/**
 * After a transaction commits inside an HTTP request (only requests carry a
 * read route, and only when replicas are configured), asks the primary for
 * its WAL position on the same connection and hands it on, so that
 * request's and that user's later reads wait for a replica that has
 * replayed it. Without replicas it sends nothing.
 */
@EventSubscriber()
export class CommitPositions implements EntitySubscriberInterface {
  sink: CommitSink | null = null;

  /** Synchronous when there is nothing to do: TypeORM then has no promise to wait for. */
  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    const sink = this.sink;
    if (!sink || event.queryRunner.isTransactionActive) return; // no replicas, or a savepoint released (not a commit)
    const route = currentReadRoute();
    if (route) return this.record(event, route, sink);
  }

  private async record(event: TransactionCommitEvent, route: ReadRoute, sink: CommitSink): Promise<void> {
    let lsn = UNKNOWN_COMMIT_POSITION;
    try {
      const rows: { lsn: string }[] = await event.queryRunner.query('SELECT pg_current_wal_lsn()::text AS lsn');
      lsn = parseLsn(rows[0].lsn);
    } catch {
      // The commit stands; only its position is unknown.
    }
    await sink(route, lsn);
  }
}
