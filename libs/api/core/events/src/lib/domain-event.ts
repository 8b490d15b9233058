import type { JsonObject } from '@pnyx/api/core/database';
/** What a use case records; the relay delivers it once it is committed. */
export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  spaceId?: string | null;
  actorId?: string | null;
  payload?: JsonObject;
}

export interface PublishedEvent extends Required<DomainEvent> {
  id: string;
  occurredAt: Date;
}

export type EventHandler = (event: PublishedEvent) => Promise<void> | void;
