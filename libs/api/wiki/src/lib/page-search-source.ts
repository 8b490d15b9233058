import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchSources } from '@pnyx/api/search-index';
import { DomainEventType } from '@pnyx/shared/contracts';
import { PageRepository } from './page.repository';

/** Pages in the search index: indexed again after every save, move or restore, dropped when deleted. */
@Injectable()
export class PageSearchSource implements OnModuleInit {
  constructor(
    private readonly sources: SearchSources,
    private readonly pages: PageRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'Page',
      events: [DomainEventType.PageCreated, DomainEventType.PageUpdated, DomainEventType.PageRestored, DomainEventType.PageMoved, DomainEventType.PageDeleted],
      load: (tx, id) => this.pages.searchDocument(tx, id),
    });
  }
}
