import type { DomainEventPayloads, DomainEventType } from '@pnyx/shared/contracts';

/** What the outbox stores for one recorded event. */
export interface DomainEvent {
  type: DomainEventType;
  aggregateType: string;
  aggregateId: string;
  spaceId?: string | null;
  actorId?: string | null;
  payload?: object;
}

/** A committed event as consumers receive it; `payload` is typed by `type`. */
export type PublishedEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: {
    id: string;
    type: T;
    aggregateType: string;
    aggregateId: string;
    spaceId: string | null;
    actorId: string | null;
    payload: DomainEventPayloads[T];
    occurredAt: Date;
  };
}[K];

export type EventHandler = (event: PublishedEvent) => Promise<void> | void;
