import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { keysetQuery, toConnection, uuidOf, type AuthUser, type GraphqlContext, type KeysetQuery } from '@pnyx/api/core/graphql';
import { SpaceAccess, SpaceRepository } from '@pnyx/api/spaces';
import type { BlogPostEntity } from './blog-post.entity';
import { BlogPostLoader } from './blog-post.loader';
import { blogPostUuid, toBlogPostModel } from './blog-post.mapper';
import { BlogPostConnectionModel, BlogPostModel, CreateBlogPostInput, UpdateBlogPostInput } from './blog-post.model';
import { BLOG_NEWEST_FIRST, BlogPostRepository, PUBLISHED_NEWEST_FIRST } from './blog-post.repository';
import { BlogPostService } from './blog-post.service';
import { BlogException } from './blog.exception';

const FIRST = { type: () => Int, nullable: true, description: 'At most 100 (the default)' } as const;
const AFTER = { type: () => String, nullable: true, description: 'The endCursor of the page before' } as const;
const published = (p: BlogPostEntity) => [p.publishedAt, p.id];
const newest = (p: BlogPostEntity) => [p.publishedAt ?? p.createdAt, p.id];

/** Blogs: read one, list a space's blog, everyone's, a person's and one's drafts; write, edit and publish. */
@Resolver(() => BlogPostModel)
export class BlogPostResolver {
  constructor(
    private readonly service: BlogPostService,
    private readonly loader: BlogPostLoader,
    private readonly posts: BlogPostRepository,
    private readonly spaces: SpaceAccess,
    private readonly spaceRepository: SpaceRepository,
  ) {}

  @Authenticated()
  @Query(() => BlogPostModel, { nullable: true, description: "A blog post by id; NOT_FOUND if it does not exist, is hidden, or is someone else's draft" })
  async blogPost(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<BlogPostModel> {
    const post = await this.loader.visible(ctx, user.id, blogPostUuid(id));
    if (!post) throw BlogException.postNotFound();
    return toBlogPostModel(post);
  }

  @Authenticated()
  @Query(() => BlogPostConnectionModel, { description: "Published posts, newest first: a space's blog, or without spaceKey every one the caller may read" })
  async blogPosts(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('spaceKey', { type: () => String, nullable: true }) spaceKey: string | null,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<BlogPostConnectionModel> {
    const q = keysetQuery(PUBLISHED_NEWEST_FIRST, first, after);
    if (spaceKey === null || spaceKey === undefined) return this.connection(ctx, user, await this.posts.listPublished(user.id, q), q, published);
    const space = await this.spaceRepository.findVisibleByKey(user.id, spaceKey.trim());
    if (!space) throw BlogException.spaceNotFound('spaceKey');
    this.spaces.prime(ctx, user, space);
    return this.connection(ctx, user, await this.posts.listInSpace(space.space.id, q), q, published);
  }

  @Authenticated()
  @Query(() => BlogPostConnectionModel, { description: "A person's published posts the caller may read, plus their drafts when the caller is that person; newest first" })
  async blogPostsBy(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<BlogPostConnectionModel> {
    const authorId = uuidOf(userId, 'User', 'userId', (f) => BlogException.userNotFound(f));
    const q = keysetQuery(BLOG_NEWEST_FIRST, first, after);
    return this.connection(ctx, user, await this.posts.listByAuthor(user.id, authorId, q), q, newest);
  }

  @Authenticated()
  @Query(() => BlogPostConnectionModel, { description: "The caller's drafts, newest first" })
  async myBlogDrafts(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<BlogPostConnectionModel> {
    const q = keysetQuery(BLOG_NEWEST_FIRST, first, after);
    return this.connection(ctx, user, await this.posts.listDrafts(user.id, q), q, newest);
  }

  private connection(ctx: GraphqlContext, user: AuthUser, rows: BlogPostEntity[], q: KeysetQuery, keyOf: (p: BlogPostEntity) => unknown[]) {
    this.loader.prime(ctx, user.id, rows);
    return toConnection(rows, q, keyOf, toBlogPostModel);
  }

  @Authenticated()
  @Mutation(() => BlogPostModel, { description: "Writes a personal post or one in a space's blog (members only); a draft unless publish is true" })
  async createBlogPost(@CurrentUser() user: AuthUser, @Args('input', { type: () => CreateBlogPostInput }) input: CreateBlogPostInput): Promise<BlogPostModel> {
    return toBlogPostModel(await this.service.create(user, input));
  }

  @Authenticated()
  @Mutation(() => BlogPostModel, { description: 'The author saves a new version (every version is kept); a stale baseVersion is CONFLICT' })
  async updateBlogPost(@CurrentUser() user: AuthUser, @Args('input', { type: () => UpdateBlogPostInput }) input: UpdateBlogPostInput): Promise<BlogPostModel> {
    return toBlogPostModel(await this.service.update(user, input));
  }

  @Authenticated()
  @Mutation(() => BlogPostModel, { description: 'The author publishes a draft (once: publishing again is CONFLICT)' })
  async publishBlogPost(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<BlogPostModel> {
    return toBlogPostModel(await this.service.publish(user, id));
  }
}
