import type { As } from '../posts/post-factories';

export const BLOG_FIELDS =
  'id title body html status publishedAt createdAt version tags canEdit canPublish author { username } space { id key } reactions { emoji count reactedByMe } comments { body }';
export const CREATE_BLOG_POST = `mutation($input: CreateBlogPostInput!) { createBlogPost(input: $input) { ${BLOG_FIELDS} } }`;
export const UPDATE_BLOG_POST = `mutation($input: UpdateBlogPostInput!) { updateBlogPost(input: $input) { ${BLOG_FIELDS} revisions { version title body tags } } }`;
export const PUBLISH_BLOG_POST = `mutation($id: ID!) { publishBlogPost(id: $id) { ${BLOG_FIELDS} } }`;
export const GET_BLOG_POST = `query($id: ID!) { blogPost(id: $id) { ${BLOG_FIELDS} revisions { version title body tags } } }`;

export interface BlogPost {
  id: string;
  title: string;
  body: string;
  html: string;
  status: 'DRAFT' | 'PUBLISHED';
  publishedAt: string | null;
  createdAt: string;
  version: number;
  tags: string[];
  canEdit: boolean;
  canPublish: boolean;
  author: { username: string };
  space: { id: string; key: string } | null;
  reactions: { emoji: string; count: number; reactedByMe: boolean }[];
  comments: { body: string }[];
  revisions?: { version: number; title: string; body: string; tags: string[] }[];
}

export interface BlogPostSeed {
  title?: string;
  body?: string;
  spaceId?: string | null;
  tags?: string[];
  publish?: boolean;
}

/** A blog post by `author` through the API (a personal draft unless told otherwise); fails the test when refused. */
export async function buildBlogPost(as: As, author: string, input: BlogPostSeed = {}): Promise<BlogPost> {
  const result = await as<{ createBlogPost: BlogPost }>(author, CREATE_BLOG_POST, {
    input: { title: input.title ?? 'A blog post', body: input.body ?? 'Some **text**', spaceId: input.spaceId ?? null, tags: input.tags ?? [], publish: input.publish ?? false },
  });
  if (!result.data?.createBlogPost) throw new Error(`createBlogPost failed: ${JSON.stringify(result.errors)}`);
  return result.data.createBlogPost;
}
