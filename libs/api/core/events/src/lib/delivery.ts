import type { JsonObject } from '@pnyx/api/core/database';
import type { PublishedEvent } from './domain-event';
import type { EventConsumer } from './event-consumers';

/** The job that hands one committed event to one consumer. */
export const DELIVER_EVENT = 'deliver-event';
/** Attempts before an event is dead-lettered for a consumer that sets none. */
export const DEFAULT_MAX_ATTEMPTS = 5;

export interface DeliverEventPayload {
  consumer: string;
  eventId: string;
}

export interface DeliveryJob {
  payload: DeliverEventPayload;
  maxAttempts: number;
}

/** One outbox row as the relay and the delivery job read it. */
export interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  space_id: string | null;
  actor_id: string | null;
  payload: JsonObject;
  occurred_at: Date;
}

/** One job per (event, interested consumer), in event order. */
export function deliveryJobs(events: readonly Pick<OutboxRow, 'id' | 'type'>[], consumers: readonly EventConsumer[]): DeliveryJob[] {
  const jobs: DeliveryJob[] = [];
  for (const event of events) {
    for (const consumer of consumers) {
      if (consumer.types !== '*' && !(consumer.types as readonly string[]).includes(event.type)) continue;
      jobs.push({ payload: { consumer: consumer.name, eventId: String(event.id) }, maxAttempts: consumer.maxAttempts ?? DEFAULT_MAX_ATTEMPTS });
    }
  }
  return jobs;
}

export function toPublishedEvent(row: OutboxRow): PublishedEvent {
  return {
    id: String(row.id),
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    spaceId: row.space_id,
    actorId: row.actor_id,
    payload: row.payload,
    occurredAt: row.occurred_at,
  } as PublishedEvent;
}
