import { PostSearchSource } from './post-search-source';
import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { SocialModule, SubjectRegistry } from '@pnyx/api/social';
import { SpacesModule } from '@pnyx/api/spaces';
import { PostFieldsResolver } from './post-fields.resolver';
import { PostLoader } from './post.loader';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';
import { PostRepository } from './post.repository';
import { PostResolver } from './post.resolver';
import { PostService } from './post.service';
import { PostsException } from './posts.exception';

/** Micro-posts: short updates to everyone or into a space, threads, mentions, hashtags, pinned announcements. */
@Module({
  imports: [SpacesModule, SocialModule],
  providers: [PostSearchSource, PostRepository, PostService, PostLoader, PostResolver, PostFieldsResolver],
})
export class PostsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly subjects: SubjectRegistry,
    private readonly loader: PostLoader,
    private readonly posts: PostRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Post', PostModel, async (ctx, id) => {
      const user = ctx.req.user;
      const post = user ? await this.loader.visible(ctx, user.id, id) : null;
      if (!post) throw PostsException.postNotFound('id');
      return toPostModel(post);
    });
    // Comments, follows and reactions on posts follow the post's space; a deleted post takes none.
    this.subjects.register('Post', async (user, id, tx) => {
      const [post] = await this.posts.findVisibleByIds(user.id, [id], tx);
      if (!post) {
        const exists = await this.posts.exists(id, tx);
        return exists ? { spaceId: exists.spaceId, canRead: false, canComment: false } : null;
      }
      if (post.deletedAt) return { spaceId: post.spaceId, canRead: false, canComment: false };
      return { spaceId: post.spaceId, canRead: true, canComment: true };
    });
  }
}
