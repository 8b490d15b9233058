import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchSources, markdownToText } from '@pnyx/api/search-index';
import { DomainEventType, encodeId } from '@pnyx/shared/contracts';
import { PostRepository } from './post.repository';

/** Characters of a post's text that serve as its title (posts have none): suggestions and typo matches use it. */
const TITLE_LENGTH = 120;

/** Micro-posts (and replies) in the search index; a deleted post is dropped. */
@Injectable()
export class PostSearchSource implements OnModuleInit {
  constructor(
    private readonly sources: SearchSources,
    private readonly posts: PostRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'Post',
      events: [DomainEventType.PostCreated, DomainEventType.PostUpdated, DomainEventType.PostDeleted],
      load: async (tx, id) => {
        const doc = await this.posts.searchDocument(tx, id);
        if (!doc) return null;
        const firstLine = markdownToText(doc.markdown).split('\n')[0];
        return { ...doc, title: [...firstLine].slice(0, TITLE_LENGTH).join(''), path: `/posts/${encodeId('Post', id)}` };
      },
    });
  }
}
