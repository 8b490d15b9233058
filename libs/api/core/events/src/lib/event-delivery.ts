import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@pnyx/api/core/jobs';
import { DataSource } from 'typeorm';
import { DELIVER_EVENT, toPublishedEvent, type DeliverEventPayload, type OutboxRow } from './delivery';
import { EventConsumers } from './event-consumers';

/**
 * Runs the `deliver-event` jobs the relay adds: loads the committed event and
 * hands it to the one consumer the job is for, outside any relay
 * transaction. A throw fails this job only; graphile-worker retries it with
 * exponential backoff up to the consumer's attempts, then keeps it as a dead
 * letter. Other consumers' jobs for the same event are not affected.
 */
@Injectable()
export class EventDelivery implements OnModuleInit {
  private readonly logger = new Logger(EventDelivery.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: EventConsumers,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<DeliverEventPayload>(DELIVER_EVENT, (payload) => this.deliver(payload));
  }

  async deliver({ consumer: name, eventId }: DeliverEventPayload): Promise<void> {
    const consumer = this.consumers.get(name);
    // Another replica (older or newer code) may have added it; fail so it is retried, and visible if it never resolves.
    if (!consumer) throw new Error(`No event consumer "${name}" is registered in this process`);
    const [row]: OutboxRow[] = await this.dataSource.query(
      `SELECT id, type, aggregate_type, aggregate_id, space_id, actor_id, payload, occurred_at FROM outbox_event WHERE id = $1`,
      [eventId],
    );
    if (!row) {
      this.logger.warn(`Event ${eventId} for consumer "${name}" is no longer in the outbox; nothing to deliver`);
      return;
    }
    await consumer.handle(toPublishedEvent(row));
  }
}
