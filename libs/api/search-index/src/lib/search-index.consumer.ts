import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import type { DomainEventType } from '@pnyx/shared/contracts';
import { SearchIndexRepository } from './search-index.repository';
import { SearchSources } from './search-sources';
import { markdownToText } from './search-text';

/**
 * Committed events → the search index. Each event makes the index read the
 * thing as it is now from its module (`SearchSource.load`) and store it, or
 * drop it. Reading the current state, under a lock per thing, makes the
 * order of events and retries irrelevant: the last run wins with the latest
 * state. Runs from the job queue with its own retries, so a failing mail
 * server (notifications) never delays it.
 */
@Injectable()
export class SearchIndexConsumer implements EventConsumer, OnModuleInit {
  readonly name = 'search';
  readonly maxAttempts = 8;

  constructor(
    private readonly consumers: EventConsumers,
    private readonly sources: SearchSources,
    private readonly index: SearchIndexRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** Asked at each dispatch: sources register in their own modules' onModuleInit. */
  get types(): readonly DomainEventType[] {
    return this.sources.eventTypes();
  }

  onModuleInit(): void {
    this.consumers.register(this);
  }

  async handle(event: PublishedEvent): Promise<void> {
    const source = this.sources.get(event.aggregateType);
    if (!source?.events.includes(event.type)) return;
    await this.reindex(source.type, event.aggregateId);
  }

  /** Indexes one thing as it is now (or drops it). */
  async reindex(type: string, id: string): Promise<void> {
    const source = this.sources.get(type);
    if (!source) return;
    await this.tx.run(async (tx) => {
      await this.index.lockSubject(tx, type, id);
      const doc = await source.load(tx, id);
      if (!doc) return this.index.remove(tx, type, id);
      return this.index.upsert(tx, {
        subjectType: type,
        subjectId: id,
        spaceId: doc.spaceId,
        authorId: doc.authorId,
        draftOf: doc.draftOf,
        title: doc.title.slice(0, 1_000),
        body: markdownToText(doc.markdown),
        path: doc.path,
        occurredAt: doc.occurredAt,
      });
    });
  }
}
