import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { keysetQuery, toConnection, uuidOf, type AuthUser, type GraphqlContext, type KeysetQuery } from '@pnyx/api/core/graphql';
import { SpaceAccess } from '@pnyx/api/spaces';
import type { PostEntity } from './post.entity';
import { PostLoader } from './post.loader';
import { postUuid, toPostModel } from './post.mapper';
import { CreatePostInput, PostConnectionModel, PostModel, UpdatePostInput } from './post.model';
import { HASHTAG_POSTS_ORDER, POSTS_NEWEST_FIRST, PostRepository, SPACE_POSTS_ORDER } from './post.repository';
import { PostService } from './post.service';
import { normaliseHashtag } from './post-text';
import { PostsException } from './posts.exception';

const FIRST = { type: () => Int, nullable: true, description: 'At most 100 (the default)' } as const;
const AFTER = { type: () => String, nullable: true, description: 'The endCursor of the page before' } as const;

/** Micro-posts: read one, list by space, person or hashtag, and the author's and managers' mutations. */
@Resolver(() => PostModel)
export class PostResolver {
  constructor(
    private readonly service: PostService,
    private readonly loader: PostLoader,
    private readonly posts: PostRepository,
    private readonly spaces: SpaceAccess,
  ) {}

  @Authenticated()
  @Query(() => PostModel, { nullable: true, description: 'A post by id; NOT_FOUND if it does not exist or is hidden from the caller' })
  async post(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<PostModel> {
    const post = await this.loader.visible(ctx, user.id, postUuid(id));
    if (!post) throw PostsException.postNotFound();
    return toPostModel(post);
  }

  @Authenticated()
  @Query(() => PostConnectionModel, { description: "A space's posts (not replies): its pinned announcement first, then newest first" })
  async spacePosts(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<PostConnectionModel> {
    const space = await this.spaces.requireReadable(user, uuidOf(spaceId, 'Space', 'spaceId', (f) => PostsException.spaceNotFound(f)));
    const q = keysetQuery(SPACE_POSTS_ORDER, first, after);
    const rows = await this.posts.listInSpace(space.space.id, q);
    this.spaces.prime(ctx, user, space);
    return this.connection(ctx, user, rows, q, (p) => [p.pinnedAt ? 1 : 0, p.createdAt, p.id]);
  }

  @Authenticated()
  @Query(() => PostConnectionModel, { description: "A person's posts and replies that the caller may read, newest first" })
  async postsBy(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<PostConnectionModel> {
    const authorId = uuidOf(userId, 'User', 'userId', (f) => PostsException.userNotFound(f));
    const q = keysetQuery(POSTS_NEWEST_FIRST, first, after);
    return this.connection(ctx, user, await this.posts.listByAuthor(user.id, authorId, q), q, (p) => [p.createdAt, p.id]);
  }

  @Authenticated()
  @Query(() => PostConnectionModel, { description: 'Posts with a hashtag (with or without #, any case) that the caller may read, newest first' })
  async postsByHashtag(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GraphqlContext,
    @Args('tag', { type: () => String }) tag: string,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<PostConnectionModel> {
    const normalised = normaliseHashtag(tag);
    if (!normalised) throw PostsException.badHashtag();
    const q = keysetQuery(HASHTAG_POSTS_ORDER, first, after);
    return this.connection(ctx, user, await this.posts.listByHashtag(user.id, normalised, q), q, (p) => [p.createdAt, p.id]);
  }

  private connection(ctx: GraphqlContext, user: AuthUser, rows: PostEntity[], q: KeysetQuery, keyOf: (p: PostEntity) => unknown[]) {
    this.loader.prime(ctx, user.id, rows);
    return toConnection(rows, q, keyOf, toPostModel);
  }

  @Authenticated()
  @Mutation(() => PostModel, { description: 'Posts to everyone, into a space, or replies to a post' })
  async createPost(@CurrentUser() user: AuthUser, @Args('input', { type: () => CreatePostInput }) input: CreatePostInput): Promise<PostModel> {
    return toPostModel(await this.service.create(user, input));
  }

  @Authenticated()
  @Mutation(() => PostModel, { description: 'The author edits a post' })
  async updatePost(@CurrentUser() user: AuthUser, @Args('input', { type: () => UpdatePostInput }) input: UpdatePostInput): Promise<PostModel> {
    return toPostModel(await this.service.update(user, input));
  }

  @Authenticated()
  @Mutation(() => PostModel, { description: 'The author deletes a post; it stays in its thread, empty and marked deleted' })
  async deletePost(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<PostModel> {
    return toPostModel(await this.service.delete(user, id));
  }

  @Authenticated()
  @Mutation(() => PostModel, { description: "A manager who is a member pins the space's announcement (one per space: it replaces the one before)" })
  async pinPost(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<PostModel> {
    return toPostModel(await this.service.setPinned(user, id, true));
  }

  @Authenticated()
  @Mutation(() => PostModel, { description: "A manager who is a member unpins the space's announcement" })
  async unpinPost(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<PostModel> {
    return toPostModel(await this.service.setPinned(user, id, false));
  }
}
