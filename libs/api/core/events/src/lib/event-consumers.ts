import { Injectable } from '@nestjs/common';
import type { DomainEventType } from '@pnyx/shared/contracts';
import type { PublishedEvent } from './domain-event';

/**
 * Something that reacts to committed domain events after the fact (feed,
 * search, notifications, subscriptions). Each consumer has its own progress,
 * retries and dead letters, kept under its name: one that fails never delays
 * another.
 */
export interface EventConsumer {
  /** Stable, unique name (`search`, `notifications`, `subscriptions`). */
  readonly name: string;
  /** The event types it wants, or '*' for all. */
  readonly types: readonly DomainEventType[] | '*';
  handle(event: PublishedEvent): Promise<void>;
  /** Attempts before the event is dead-lettered for this consumer (default 5). */
  readonly maxAttempts?: number;
}

/** The registry modules add their consumers to (in `onModuleInit`). */
@Injectable()
export class EventConsumers {
  private readonly consumers = new Map<string, EventConsumer>();

  register(consumer: EventConsumer): void {
    if (this.consumers.has(consumer.name)) throw new Error(`Event consumer "${consumer.name}" is registered twice`);
    this.consumers.set(consumer.name, consumer);
  }

  get(name: string): EventConsumer | undefined {
    return this.consumers.get(name);
  }

  all(): EventConsumer[] {
    return [...this.consumers.values()];
  }

  /** The consumers that want an event of `type`. */
  for(type: string): EventConsumer[] {
    return this.all().filter((c) => c.types === '*' || c.types.includes(type as DomainEventType));
  }
}
