import type { GqlResult, TestApi } from '../support/test-api';

export const POST_FIELDS = 'id body html createdAt editedAt deleted pinned hashtags author { username } space { id key } replyTo { id } mentions { username } reactions { emoji count reactedByMe }';
export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
export const GET_POST = `query($id: ID!) { post(id: $id) { ${POST_FIELDS} replies { id body deleted author { username } } replyCount } }`;
export const REACT = 'mutation($input: ReactInput!) { react(input: $input) { emoji count reactedByMe } }';
export const UNREACT = 'mutation($input: ReactInput!) { unreact(input: $input) { emoji count reactedByMe } }';

export interface Post {
  id: string;
  body: string;
  html: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  pinned: boolean;
  hashtags: string[];
  author: { username: string };
  space: { id: string; key: string } | null;
  replyTo: { id: string } | null;
  mentions: { username: string }[];
  reactions: { emoji: string; count: number; reactedByMe: boolean }[];
}

export type As = <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;

export function asUser(api: TestApi): As {
  return async (username, query, variables) => api.gql(await api.token(username), query, variables);
}

/** A post by `author` through the API (to everyone unless `spaceId`); fails the test when refused. */
export async function buildPost(as: As, author: string, input: { body?: string; spaceId?: string | null; replyToId?: string | null } = {}): Promise<Post> {
  const result = await as<{ createPost: Post }>(author, CREATE_POST, { input: { body: input.body ?? 'Hello **team**', spaceId: input.spaceId ?? null, replyToId: input.replyToId ?? null } });
  if (!result.data?.createPost) throw new Error(`createPost failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPost;
}

/** Runs `query` with `x-debug-statements: 1` and answers the statements the request sent. */
export async function statementsOf(api: TestApi, username: string, query: string, variables: Record<string, unknown> = {}): Promise<{ statements: number; body: GqlResult<Record<string, unknown>> }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token(username)}`, 'x-debug-statements': '1' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GqlResult<Record<string, unknown>>;
  return { statements: Number(response.headers.get('x-db-statements')), body };
}
