import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { DomainEventType } from '@pnyx/shared/contracts';

/** What a content module says about one of its things, for the index. */
export interface SearchDocumentSource {
  /** Null: for every employee. */
  spaceId: string | null;
  authorId: string | null;
  /** A draft: only this person may find it. Null: as the space allows. */
  draftOf: string | null;
  title: string;
  /** Markdown as written; the index keeps plain text of it. */
  markdown: string;
  /** Where the web app shows it. */
  path: string;
  /** The date results sort and filter by (published or created). */
  occurredAt: Date;
}

export interface SearchSource {
  /** The node type (`Page`, `BlogPost`, `Post`, `Proposal`): the events' aggregate type and the id's type. */
  type: string;
  /** The events after which the thing is indexed again (or dropped: `load` answers null). */
  events: readonly DomainEventType[];
  /** The thing as it is now (in `tx`), or null when it is gone or must not be found (a deleted post). */
  load(tx: Tx, id: string): Promise<SearchDocumentSource | null>;
}

/**
 * How search learns about content without importing it: each content module
 * registers its searchable type in `onModuleInit` (like social's SubjectRegistry).
 */
@Injectable()
export class SearchSources {
  private readonly sources = new Map<string, SearchSource>();

  register(source: SearchSource): void {
    if (this.sources.has(source.type)) throw new Error(`Search source "${source.type}" is registered twice`);
    this.sources.set(source.type, source);
  }

  get(type: string): SearchSource | undefined {
    return this.sources.get(type);
  }

  all(): SearchSource[] {
    return [...this.sources.values()];
  }

  /** Every event type some source reindexes on. */
  eventTypes(): DomainEventType[] {
    return [...new Set(this.all().flatMap((s) => s.events))];
  }
}
