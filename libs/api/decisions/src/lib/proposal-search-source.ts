import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchSources } from '@pnyx/api/search-index';
import { DomainEventType, encodeId } from '@pnyx/shared/contracts';
import { ProposalRepository } from './proposal.repository';

/** Proposals in the search index: indexed again when amended and closed (the outcome statement joins the text). */
@Injectable()
export class ProposalSearchSource implements OnModuleInit {
  constructor(
    private readonly sources: SearchSources,
    private readonly proposals: ProposalRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'Proposal',
      events: [DomainEventType.ProposalOpened, DomainEventType.ProposalAmended, DomainEventType.ProposalClosed, DomainEventType.ProposalWithdrawn],
      load: async (tx, id) => {
        const doc = await this.proposals.searchDocument(tx, id);
        return doc && { ...doc, path: `/decisions/${encodeId('Proposal', id)}` };
      },
    });
  }
}
