import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import { PubSub } from '@pnyx/api/core/realtime';
import { DomainEventType } from '@pnyx/shared/contracts';
import { FeedItemKind } from './feed.model';
import { FeedRepository, type FoldInto, type NewFeedItem } from './feed.repository';

/** The pub/sub topic of new feed items; `feedItemAdded` subscriptions on every replica listen to it. */
export const FEED_ITEM_ADDED = 'feed.item_added';

/** Ids only: what a subscriber may see is decided per subscriber. */
export interface FeedItemAddedMessage {
  itemId: string;
  spaceId: string | null;
}

/** Edits by the same person within this window show as one "updated" item. */
export const PAGE_EDIT_FOLD_SECONDS = 3_600;
const PAGE_FOLD: FoldInto = { kinds: [FeedItemKind.PAGE_CREATED, FeedItemKind.PAGE_UPDATED], withinSeconds: PAGE_EDIT_FOLD_SECONDS };

const TYPES = [
  DomainEventType.PostCreated,
  DomainEventType.PostDeleted,
  DomainEventType.PostPinned,
  DomainEventType.BlogPostPublished,
  DomainEventType.PageCreated,
  DomainEventType.PageUpdated,
  DomainEventType.PageRestored,
  DomainEventType.PageDeleted,
  DomainEventType.ProposalOpened,
  DomainEventType.ProposalClosed,
  DomainEventType.ProposalWithdrawn,
] as const;

/**
 * Committed events → feed items (one per event, found again on a retry)
 * → the `feed.item_added` topic. Runs from the job queue with its own retries:
 * a slow feed never delays a write, and a write that rolled back never shows.
 */
@Injectable()
export class FeedConsumer implements EventConsumer, OnModuleInit {
  readonly name = 'feed';
  readonly types = [...TYPES];

  constructor(
    private readonly consumers: EventConsumers,
    private readonly feed: FeedRepository,
    private readonly pubSub: PubSub,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this);
  }

  async handle(event: PublishedEvent): Promise<void> {
    const item = (kind: FeedItemKind, subjectType: string, actorId: string | null, tags: readonly string[] = []): NewFeedItem => ({
      eventId: event.id,
      kind,
      actorId,
      subjectType,
      subjectId: event.aggregateId,
      spaceId: event.spaceId,
      createdAt: event.occurredAt,
      tags,
    });
    switch (event.type) {
      case DomainEventType.PostCreated:
        // Replies live in their thread, not in the feed.
        if (event.payload.replyToId === null) await this.add(item(FeedItemKind.POST_CREATED, 'Post', event.payload.authorId, event.payload.hashtags));
        return;
      case DomainEventType.BlogPostPublished:
        return this.add(item(FeedItemKind.BLOG_POST_PUBLISHED, 'BlogPost', event.payload.authorId, event.payload.tags));
      case DomainEventType.PageCreated:
        if (!event.payload.isTemplate) await this.add(item(FeedItemKind.PAGE_CREATED, 'Page', event.actorId));
        return;
      case DomainEventType.PageUpdated:
      case DomainEventType.PageRestored:
        return this.add(item(FeedItemKind.PAGE_UPDATED, 'Page', event.actorId), PAGE_FOLD);
      case DomainEventType.ProposalOpened:
        return this.add(item(FeedItemKind.PROPOSAL_OPENED, 'Proposal', event.actorId));
      case DomainEventType.ProposalClosed:
        // Closed by its schedule: no actor; the item names the proposal's author.
        return this.add(item(FeedItemKind.PROPOSAL_CLOSED, 'Proposal', event.actorId));
      case DomainEventType.PostPinned:
        await this.feed.setPinned(event.aggregateId, event.spaceId, event.payload.pinned, event.occurredAt);
        if (event.payload.replacedPostId) await this.feed.setPinned(event.payload.replacedPostId, event.spaceId, false, event.occurredAt);
        return;
      case DomainEventType.PostDeleted:
      case DomainEventType.PageDeleted:
      case DomainEventType.ProposalWithdrawn:
        return this.feed.removeSubject(event.aggregateId);
    }
  }

  private async add(item: NewFeedItem, fold?: FoldInto): Promise<void> {
    const { id } = await this.feed.add(item, fold);
    // Published again on a retry ('exists'): the first attempt may have failed before publishing.
    if (id !== null) await this.pubSub.publish<FeedItemAddedMessage>(FEED_ITEM_ADDED, { itemId: id, spaceId: item.spaceId });
  }
}
