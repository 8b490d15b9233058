import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@pnyx/api/core/jobs';
import { DataSource } from 'typeorm';
import { DELIVER_EVENT, deliveryJobs } from './delivery';
import { EventConsumers } from './event-consumers';

/** Any fixed number: one relay at a time across replicas claims events. */
const RELAY_LOCK = 7_240_002;
const BATCH = 500;

interface BatchResult {
  /** False when another process holds the relay lock. */
  claimed: boolean;
  published: number;
  jobs: number;
}

/**
 * Turns committed outbox events into delivery jobs. Each batch, claimed by
 * one process at a time (advisory lock), adds one `deliver-event` job per
 * interested consumer — one multi-row statement — and marks the events
 * published, in one transaction: an event is never lost nor handed out twice.
 * The consumers run later, in the job workers (see EventDelivery), each with
 * its own retries and dead letters, so one failing consumer delays no other.
 * The relay polls, and the unit of work nudges it right after a commit.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  /** A nudge arrived while a round was running: look again before resting. */
  private again = false;
  private stopped = false;
  pollMs = 1_000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: EventConsumers,
    private readonly jobs: JobQueue,
  ) {}

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
    if (this.stopped) return;
    if (this.running) this.again = true;
    else void this.tick();
  }

  /**
   * Publishes every pending event and waits until each of its delivery jobs
   * is done — delivered, or dead-lettered after its attempts (retries run at
   * once instead of after their backoff) — then again for events the
   * consumers recorded meanwhile. Returns how many events were published.
   * For tests; production never waits for consumers.
   */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      await this.running;
      const published = await this.tick();
      total += published;
      await this.jobs.settle({ tasks: [DELIVER_EVENT], retryNow: true });
      if (published === 0) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), this.pollMs);
    this.timer.unref();
  }

  private tick(): Promise<number> {
    if (!this.running) {
      this.running = this.publishPending()
        .catch((error: unknown) => {
          this.logger.error(error instanceof Error ? error : String(error));
          return 0;
        })
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  /** Batches until the outbox is empty (or another process holds the lock). */
  private async publishPending(): Promise<number> {
    let total = 0;
    for (;;) {
      this.again = false;
      const batch = await this.publishBatch();
      total += batch.published;
      if (!batch.claimed || this.stopped) return total;
      if (batch.published < BATCH && !this.again) return total;
    }
  }

  private async publishBatch(): Promise<BatchResult> {
    if (!this.dataSource.isInitialized) return { claimed: false, published: 0, jobs: 0 };
    await this.jobs.ready();
    const result = await this.dataSource.transaction(async (tx): Promise<BatchResult> => {
      const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK]);
      if (!locked) return { claimed: false, published: 0, jobs: 0 };
      const events: { id: string; type: string }[] = await tx.query(
        `WITH batch AS (SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1),
              published AS (UPDATE outbox_event o SET published_at = now() FROM batch WHERE o.id = batch.id RETURNING o.id, o.type)
         SELECT id, type FROM published ORDER BY id`,
        [BATCH],
      );
      const jobs = await this.jobs.addManyIn(tx, DELIVER_EVENT, deliveryJobs(events, this.consumers.all()));
      return { claimed: true, published: events.length, jobs };
    });
    if (result.jobs) this.jobs.nudge(result.jobs);
    return result;
  }
}
