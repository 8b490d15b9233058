import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JsonObject } from '@pnyx/api/core/database';
import type { EventHandler, PublishedEvent } from './domain-event';
import { EventConsumers } from './event-consumers';

/** Any fixed number: one relay at a time across replicas claims events. */
const RELAY_LOCK = 7_240_002;
const BATCH = 100;

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  space_id: string | null;
  actor_id: string | null;
  payload: JsonObject;
  occurred_at: Date;
}

/**
 * Hands committed outbox events, in order, to in-process subscribers, then
 * marks them published in the same transaction. A handler that throws leaves
 * the batch unpublished for the next round (at-least-once). Polls, and can be
 * nudged right after a commit; `drain()` delivers everything now (tests).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly handlers = new Map<string, EventHandler[]>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private stopped = false;
  pollMs = 1_000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: EventConsumers,
  ) {}

  /** `type` '*' receives every event. */
  subscribe(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  /** Before the database pool closes: stop polling and let a running batch finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  nudge(): void {
    if (!this.stopped && !this.running) void this.tick();
  }

  /** Delivers until nothing is pending; returns how many events were delivered. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      await this.running;
      const delivered = await this.tick();
      total += delivered;
      if (delivered === 0) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), this.pollMs);
    this.timer.unref();
  }

  private tick(): Promise<number> {
    if (!this.running) {
      this.running = this.deliverBatch()
        .catch((error: unknown) => {
          this.logger.error(error instanceof Error ? error : String(error));
          return 0;
        })
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    if (!this.dataSource.isInitialized) return 0;
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await tx.query(
        `SELECT id, type, aggregate_type, aggregate_id, space_id, actor_id, payload, occurred_at
           FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [BATCH],
      );
      for (const row of rows) {
        const event = {
          id: row.id,
          type: row.type,
          aggregateType: row.aggregate_type,
          aggregateId: row.aggregate_id,
          spaceId: row.space_id,
          actorId: row.actor_id,
          payload: row.payload,
          occurredAt: row.occurred_at,
        } as PublishedEvent;
        for (const consumer of this.consumers.for(row.type)) await consumer.handle(event);
        for (const handler of [...(this.handlers.get(row.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
          await handler(event);
        }
      }
      if (rows.length) {
        await tx.query('UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      }
      return rows.length;
    });
  }
}
