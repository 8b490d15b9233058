import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { parseLsn } from './lsn';
import { outsideStatementCount } from './statement-count';

/** How fresh a replica's replay position must be to be trusted, and how long a failing replica is left alone. */
export interface ReplicaTiming {
  /** A known position is refreshed (in the background) once it is this old (default 20 ms). */
  positionCacheMs: number;
  /** After an error the replica serves nothing for this long, then is tried again (default 5 s). */
  retryAfterMs: number;
}

export const DEFAULT_REPLICA_TIMING: ReplicaTiming = { positionCacheMs: 20, retryAfterMs: 5_000 };

/**
 * One streaming replica: its own pool (a DataSource without entities,
 * connected on first use), how far it has replayed the primary's WAL, and
 * whether it answers. Concurrent checks share one statement.
 */
export class Replica {
  /** Reads of HTTP queries this replica answered (exposed for tests and metrics). */
  served = 0;
  private replayed: bigint | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private downUntil = 0;
  private checking: Promise<bigint | null> | null = null;
  private ready: Promise<unknown> | null = null;
  private readonly logger = new Logger('ReadReplicas');

  constructor(
    readonly name: string,
    readonly dataSource: DataSource,
    private readonly timing: ReplicaTiming = DEFAULT_REPLICA_TIMING,
    private readonly now: () => number = Date.now,
  ) {}

  /** False while a failure's retry interval runs. */
  get available(): boolean {
    return this.now() >= this.downUntil;
  }

  /**
   * True when the replica has replayed at least `required`. A known position
   * that far answers at once (positions only grow); once it is older than
   * `positionCacheMs` it is refreshed in the background, outside the
   * request's statement count, so the query does not wait for it. A position
   * behind the reader is asked again (the replica may have caught up since).
   */
  async hasReplayed(required: bigint): Promise<boolean> {
    if (!this.available) return false;
    if (this.replayed !== null && this.replayed >= required) {
      if (this.now() - this.checkedAt >= this.timing.positionCacheMs) void outsideStatementCount(() => this.check());
      return true;
    }
    const replayed = await this.check();
    return replayed !== null && replayed >= required;
  }

  /** Asks the replica how far it has replayed; null (and a pause) when it fails. */
  check(): Promise<bigint | null> {
    return (this.checking ??= this.askReplayPosition().finally(() => (this.checking = null)));
  }

  /** A read failed on this replica's connection: leave it alone for a while. */
  failed(error: unknown): void {
    const wasAvailable = this.available;
    this.replayed = null;
    this.downUntil = this.now() + this.timing.retryAfterMs;
    if (wasAvailable) {
      this.logger.warn(`Replica ${this.name} failed (${error instanceof Error ? error.message : String(error)}): reads go to the primary, retrying in ${this.timing.retryAfterMs} ms`);
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private async askReplayPosition(): Promise<bigint | null> {
    try {
      await (this.ready ??= this.dataSource.initialize().catch((error: unknown) => {
        this.ready = null;
        throw error;
      }));
      const rows: { lsn: string | null }[] = await this.dataSource.query('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      const text = rows[0]?.lsn;
      if (!text) throw new Error('it is not in recovery (pg_last_wal_replay_lsn() is NULL): not a streaming replica');
      this.replayed = parseLsn(text);
      this.checkedAt = this.now();
      return this.replayed;
    } catch (error) {
      this.failed(error);
      return null;
    }
  }
}
