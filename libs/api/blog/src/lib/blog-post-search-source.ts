import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchSources } from '@pnyx/api/search-index';
import { DomainEventType, encodeId } from '@pnyx/shared/contracts';
import { BlogPostRepository } from './blog-post.repository';

/** Blog posts in the search index: a draft only for its author, a published post as its space allows. */
@Injectable()
export class BlogPostSearchSource implements OnModuleInit {
  constructor(
    private readonly sources: SearchSources,
    private readonly posts: BlogPostRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'BlogPost',
      events: [DomainEventType.BlogPostCreated, DomainEventType.BlogPostUpdated, DomainEventType.BlogPostPublished],
      load: async (tx, id) => {
        const doc = await this.posts.searchDocument(tx, id);
        return doc && { ...doc, path: `/blog/${encodeId('BlogPost', id)}` };
      },
    });
  }
}
