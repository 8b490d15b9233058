import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildSpace, uniqueKey } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const CREATE_SPACE = 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }';
const CREATE_PAGE = 'mutation($input: CreatePageInput!) { createPage(input: $input) { id } }';
const NUL = '\u0000';
const LONE_SURROGATE = '\uD800';

/**
 * A NUL or half a surrogate pair cannot be stored in PostgreSQL text: every
 * string argument, input field and variable carrying one is refused before
 * any resolver runs, naming the field.
 */
describe('strings PostgreSQL cannot store', () => {
  let api: TestApi;
  let token: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    api = await startTestApi();
    token = await api.token('alice');
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => api?.close());

  async function spaceExists(key: string): Promise<boolean> {
    const result = await api.gql<{ space: { id: string } | null }>(token, 'query($key: String!) { space(key: $key) { id } }', { key });
    if (result.data?.space) return true;
    expect(errorOf(result).code).toBe('NOT_FOUND');
    return false;
  }

  it('refuses a space name with a NUL (field "name"), and creates nothing', async () => {
    const key = uniqueKey();
    const result = await api.gql(token, CREATE_SPACE, { input: { key, name: `Ops${NUL}Team`, visibility: 'PUBLIC' } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(result.data).toBeUndefined();
    expect(await spaceExists(key)).toBe(false);
  });

  it('refuses a page title with a lone surrogate (field "title"), and creates nothing', async () => {
    const space = await buildSpace(api);
    const result = await api.gql(token, CREATE_PAGE, { input: { spaceId: space.id, title: `${LONE_SURROGATE} draft`, body: 'x' } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const pages = await api.gql<{ space: { rootPages: unknown[] } }>(token, 'query($key: String!) { space(key: $key) { rootPages { id } } }', { key: space.key });
    expect(pages.data?.space.rootPages).toEqual([]);
  });

  it('names the argument a variable is passed to: a cursor in $cursor is "after"', async () => {
    const space = await buildSpace(api);
    const result = await api.gql(
      token,
      'query($key: String!, $cursor: String) { pagesByLabel(spaceKey: $key, label: "x", after: $cursor) { nodes { id } } }',
      { key: space.key, cursor: `abc${NUL}` },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(result.data).toBeUndefined(); // refused before any resolver ran
  });

  it('refuses them written in the query text too (field "search")', async () => {
    const result = await api.gql(token, '{ users(search: "al\\u0000ice") { id } }');
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(result.data).toBeUndefined();
    const key = uniqueKey();
    const literal = await api.gql(token, `mutation { createSpace(input: { key: "${key}", name: "Ops", description: "Ops \\u0000", visibility: PUBLIC }) { id } }`);
    expect(errorOf(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(await spaceExists(key)).toBe(false);
  });

  it('looks inside lists: a label with a lone low surrogate (field "labels")', async () => {
    const space = await buildSpace(api);
    const result = await api.gql(token, CREATE_PAGE, { input: { spaceId: space.id, title: 'Fine', body: 'x', labels: ['ok', '\uDC00'] } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'labels' });
    expect(result.data).toBeUndefined();
  });

  it('lets well-formed text through: an emoji (a surrogate pair) and umlauts', async () => {
    const space = await buildSpace(api);
    const result = await api.gql<{ createPage: { title: string } }>(token, 'mutation($input: CreatePageInput!) { createPage(input: $input) { title } }', {
      input: { spaceId: space.id, title: 'Grüße 🏦', body: 'x' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPage.title).toBe('Grüße 🏦');
  });

  it('refuses them over WebSocket as over HTTP, and creates nothing', async () => {
    const client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${token}` },
    });
    clients.push(client);
    const key = uniqueKey();
    const seen = { results: [] as unknown[], error: undefined as unknown, completed: false };
    client.subscribe(
      { query: CREATE_SPACE, variables: { input: { key, name: `Ops${NUL}`, visibility: 'PUBLIC' } } },
      { next: (r) => seen.results.push(r), error: (e) => (seen.error = e), complete: () => (seen.completed = true) },
    );
    await expect.poll(() => seen.completed || seen.error !== undefined, { timeout: 10_000, interval: 20 }).toBe(true);
    expect(seen.results).toEqual([]);
    expect(seen.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'name' }) })]);
    expect(await spaceExists(key)).toBe(false);
  });
});
