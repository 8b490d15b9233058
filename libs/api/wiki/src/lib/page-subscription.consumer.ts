import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import { PubSub } from '@pnyx/api/core/realtime';
import { DomainEventType } from '@pnyx/shared/contracts';

/** The pub/sub topic of saved page versions (edits and restores). */
export const PAGE_SAVED = 'page.saved';

export interface PageSavedMessage {
  pageId: string;
  spaceId: string | null;
  version: number;
  actorId: string | null;
}

/**
 * Committed page saves → the `page.saved` topic, which `pageSaved`
 * subscriptions on every replica listen to. Fed from the outbox, so a save
 * that rolled back is never announced, and a failed publish is retried.
 */
@Injectable()
export class PageSubscriptionConsumer implements EventConsumer, OnModuleInit {
  readonly name = 'subscriptions';
  readonly types = [DomainEventType.PageUpdated, DomainEventType.PageRestored];

  constructor(
    private readonly consumers: EventConsumers,
    private readonly pubSub: PubSub,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this);
  }

  async handle(event: PublishedEvent): Promise<void> {
    if (event.type !== DomainEventType.PageUpdated && event.type !== DomainEventType.PageRestored) return;
    await this.pubSub.publish<PageSavedMessage>(PAGE_SAVED, {
      pageId: event.aggregateId,
      spaceId: event.spaceId,
      version: event.payload.version,
      actorId: event.actorId,
    });
  }
}
