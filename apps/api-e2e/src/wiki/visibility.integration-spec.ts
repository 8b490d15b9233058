import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { buildPage, savePage, type BuiltPage } from '../support/page-factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const ADD_COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { id body html author { username } createdAt } }';
const COMMENTS = 'query($id: ID!) { page(id: $id) { commentCount comments { id body author { username } } } }';
const WATCHED = 'query($id: ID!) { page(id: $id) { watchedByMe } }';

describe('wiki visibility, comments and watching', () => {
  let api: TestApi;
  let secret: BuiltPage;
  const as = async <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    api.gql<T>(await api.token(username), query, variables);

  beforeAll(async () => {
    api = await startTestApi();
    secret = await buildPage(api, { visibility: 'PRIVATE', members: ['bob'], title: 'Secret Plan', body: 'classified' });
    await savePage(api, 'alice', secret.id, 1, { body: 'still classified' });
    await as('bob', ADD_COMMENT, { input: { subjectId: secret.id, body: 'Secret remark' } });
  });
  afterAll(() => api?.close());

  it.each([
    ['the page', 'query($id: ID!) { page(id: $id) { title } }', 'id'],
    ['the page as a node', 'query($id: ID!) { node(id: $id) { id ... on Page { title } } }', 'id'],
    ['its history', 'query($id: ID!) { page(id: $id) { revisions { body } } }', 'id'],
    ['its diff', 'query($id: ID!) { pageDiff(pageId: $id, fromVersion: 1, toVersion: 2) { unified } }', 'pageId'],
    ['its comments', 'query($id: ID!) { page(id: $id) { comments { body } } }', 'id'],
  ])('hides %s from a stranger exactly as if it did not exist', async (_what, query, field) => {
    const hidden = await as('carol', query, { id: secret.id });
    const missing = await as('carol', query, { id: Buffer.from('Page:00000000-0000-4000-8000-000000000000').toString('base64url') });
    expect(errorOf(hidden)).toEqual(errorOf(missing));
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', field });
    expect(JSON.stringify(hidden)).not.toMatch(/classified|Secret/);
    expect((await as('bob', query, { id: secret.id })).errors).toBeUndefined();
  });

  it('hides it by slug, and hides its space', async () => {
    const bySlug = await as('carol', 'query($key: String!) { pageBySlug(spaceKey: $key, slug: "secret-plan") { title } }', { key: secret.space.key });
    expect(errorOf(bySlug)).toMatchObject({ code: 'NOT_FOUND' });
    const tree = await as('carol', 'query($key: String!) { space(key: $key) { rootPages { title } } }', { key: secret.space.key });
    expect(errorOf(tree).code).toBe('NOT_FOUND');
    expect(JSON.stringify([bySlug, tree])).not.toContain('Secret');
  });

  it('refuses every write to it from a stranger with NOT_FOUND, and writes nothing', async () => {
    const [{ count: before }] = await api.dataSource.query('SELECT count(*)::int AS count FROM outbox_event');
    const attempts = [
      await savePage(api, 'carol', secret.id, 2, { body: 'mine now' }),
      await as('carol', 'mutation($id: ID!) { restorePageRevision(pageId: $id, version: 1) { id } }', { id: secret.id }),
      await as('carol', 'mutation($id: ID!) { movePage(id: $id, parentId: null) { id } }', { id: secret.id }),
      await as('carol', 'mutation($id: ID!) { deletePage(id: $id) }', { id: secret.id }),
      await as('carol', 'mutation($id: ID!) { addPageLabel(pageId: $id, label: "x") { id } }', { id: secret.id }),
      await as('carol', ADD_COMMENT, { input: { subjectId: secret.id, body: 'hello?' } }),
      await as('carol', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: secret.id }),
      await as('carol', 'mutation($input: CreatePageInput!) { createPage(input: $input) { id } }', { input: { spaceId: secret.space.id, title: 'x', body: '' } }),
    ];
    expect(attempts.map((a) => errorOf(a).code)).toEqual(Array(attempts.length).fill('NOT_FOUND'));
    const [{ count: after }] = await api.dataSource.query('SELECT count(*)::int AS count FROM outbox_event');
    expect(after).toBe(before);
  });

  it('hides a comment of a private page, reached by its id, from a stranger', async () => {
    const comments = await as<{ page: { comments: { id: string }[] } }>('bob', COMMENTS, { id: secret.id });
    const commentId = comments.data?.page.comments[0].id;
    const stranger = await as('carol', 'query($id: ID!) { node(id: $id) { id ... on Comment { body } } }', { id: commentId });
    expect(errorOf(stranger).code).toBe('NOT_FOUND');
    expect(JSON.stringify(stranger)).not.toContain('Secret remark');
    const member = await as('alice', 'query($id: ID!) { node(id: $id) { id ... on Comment { body author { username } } } }', { id: commentId });
    expect(member.data).toEqual({ node: { id: commentId, body: 'Secret remark', author: { username: 'bob' } } });
  });

  it('lets any employee comment on a public page, oldest first, rendered and sanitised', async () => {
    const page = await buildPage(api, { visibility: 'PUBLIC' });
    const first = await as<{ addComment: { html: string; author: { username: string } } }>('carol', ADD_COMMENT, {
      input: { subjectId: page.id, body: 'Nice **work** <img src=x onerror=alert(1)>' },
    });
    expect(first.data?.addComment).toMatchObject({ html: '<p>Nice <strong>work</strong> <img src="x" /></p>\n', author: { username: 'carol' } });
    await as('bob', ADD_COMMENT, { input: { subjectId: page.id, body: 'Second' } });
    await as('alice', ADD_COMMENT, { input: { subjectId: page.id, body: 'Third' } });
    const list = await as<{ page: { commentCount: number; comments: { id: string; body: string }[] } }>('bob', COMMENTS, { id: page.id });
    expect(list.data?.page.commentCount).toBe(3);
    expect(list.data?.page.comments.map((c) => c.body)).toEqual(['Nice **work** <img src=x onerror=alert(1)>', 'Second', 'Third']);

    const paged = await as<{ page: { comments: { body: string }[] } }>('bob', 'query($id: ID!, $after: ID) { page(id: $id) { comments(first: 1, after: $after) { body } } }', {
      id: page.id,
      after: list.data?.page.comments[0].id,
    });
    expect(paged.data?.page.comments).toEqual([{ body: 'Second' }]);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE type = 'comment.added' AND payload->>'subjectId' = (SELECT id::text FROM page WHERE slug = $1)`, [page.slug]);
    expect(count).toBe(3);
  });

  it.each([
    ['an empty comment', { body: '  ' }, 'BAD_USER_INPUT', 'body'],
    ['a comment over 10,000 characters', { body: 'c'.repeat(10_001) }, 'BAD_USER_INPUT', 'body'],
    ['a comment on nothing', { subjectId: 'bm9wZQ' }, 'NOT_FOUND', 'subjectId'],
    ['a comment on a space', { subjectId: 'SPACE' }, 'NOT_FOUND', 'subjectId'],
  ])('refuses %s', async (_name, override, code, field) => {
    const page = await buildPage(api);
    const subjectId = override.subjectId === 'SPACE' ? page.space.id : (override.subjectId ?? page.id);
    const result = await as('alice', ADD_COMMENT, { input: { subjectId, body: override.body ?? 'ok' } });
    expect(errorOf(result)).toMatchObject({ code, field });
  });

  it('lets people watch and unwatch pages they can read; authors watch their own pages', async () => {
    const page = await buildPage(api, { visibility: 'PUBLIC' });
    expect((await as('alice', WATCHED, { id: page.id })).data).toEqual({ page: { watchedByMe: true } });
    expect((await as('carol', WATCHED, { id: page.id })).data).toEqual({ page: { watchedByMe: false } });
    expect((await as('carol', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: page.id })).data).toEqual({ follow: true });
    expect((await as('carol', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: page.id })).data).toEqual({ follow: true });
    expect((await as('carol', WATCHED, { id: page.id })).data).toEqual({ page: { watchedByMe: true } });
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM follow WHERE subject_type = 'Page' AND subject_id = (SELECT id FROM page WHERE slug = $1)`, [page.slug]);
    expect(count).toBe(2);
    expect((await as('carol', 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: page.id })).data).toEqual({ unfollow: true });
    expect((await as('carol', WATCHED, { id: page.id })).data).toEqual({ page: { watchedByMe: false } });
  });

  it('tells the caller what they may do with a page', async () => {
    const space = await buildSpace(api, { visibility: 'PUBLIC', members: ['bob'] });
    const page = await buildPage(api, { space });
    const CAN = 'query($id: ID!) { page(id: $id) { canEdit canDelete canComment } }';
    expect((await as('alice', CAN, { id: page.id })).data).toEqual({ page: { canEdit: true, canDelete: true, canComment: true } });
    expect((await as('bob', CAN, { id: page.id })).data).toEqual({ page: { canEdit: true, canDelete: false, canComment: true } });
    expect((await as('carol', CAN, { id: page.id })).data).toEqual({ page: { canEdit: false, canDelete: false, canComment: true } });
  });
});
