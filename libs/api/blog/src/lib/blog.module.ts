import { BlogPostSearchSource } from './blog-post-search-source';
import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { SocialModule, SubjectRegistry } from '@pnyx/api/social';
import { SpacesModule } from '@pnyx/api/spaces';
import { BlogPostFieldsResolver } from './blog-post-fields.resolver';
import { BlogPostLoader } from './blog-post.loader';
import { toBlogPostModel } from './blog-post.mapper';
import { BlogPostModel } from './blog-post.model';
import { BlogPostRepository } from './blog-post.repository';
import { BlogPostResolver } from './blog-post.resolver';
import { BlogPostService } from './blog-post.service';
import { BlogException } from './blog.exception';

/** Blogs: personal posts and space blogs, drafts, publishing, every version kept. */
@Module({
  imports: [SpacesModule, SocialModule],
  providers: [BlogPostSearchSource, BlogPostRepository, BlogPostService, BlogPostLoader, BlogPostResolver, BlogPostFieldsResolver],
})
export class BlogModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly subjects: SubjectRegistry,
    private readonly loader: BlogPostLoader,
    private readonly posts: BlogPostRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('BlogPost', BlogPostModel, async (ctx, id) => {
      const user = ctx.req.user;
      const post = user ? await this.loader.visible(ctx, user.id, id) : null;
      if (!post) throw BlogException.postNotFound('id');
      return toBlogPostModel(post);
    });
    // Comments, follows and reactions follow the post: a draft is its author's only, a published post its space's.
    this.subjects.register('BlogPost', async (user, id, tx) => {
      const [post] = await this.posts.findVisibleByIds(user.id, [id], tx);
      if (post) return { spaceId: post.spaceId, canRead: true, canComment: true };
      const exists = await this.posts.exists(id, tx);
      return exists ? { spaceId: exists.spaceId, canRead: false, canComment: false } : null;
    });
  }
}
