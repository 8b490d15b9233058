import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, statementsOf, type As } from '../posts/post-factories';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { CREATE_BLOG_POST, GET_BLOG_POST, PUBLISH_BLOG_POST, UPDATE_BLOG_POST, buildBlogPost, type BlogPost } from './blog-factories';

type Conn = { nodes: { id: string; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const uuid = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

describe('blogs', () => {
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;
  let secret: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    as = asUser(api);
    team = await buildSpace(api, { owner: 'alice', members: ['carol'] });
    secret = await buildSpace(api, { owner: 'alice', visibility: 'PRIVATE', members: ['carol'] });
  });
  afterAll(() => api?.close());

  async function userId(username: string): Promise<string> {
    const me = await as<{ me: { id: string } }>(username, '{ me { id } }');
    return me.data!.me.id;
  }

  it('seeds demo blog posts: English and German, published with tags, a comment and reactions, and one draft', async () => {
    const all = await as<{ blogPosts: { nodes: { title: string; tags: string[]; reactions: { emoji: string }[]; comments: { body: string }[] }[] } }>(
      'bob', '{ blogPosts(first: 100) { nodes { title tags reactions { emoji } comments { body } } } }');
    const nodes = all.data!.blogPosts.nodes;
    const english = nodes.find((p) => p.title.startsWith('What we learned'));
    const german = nodes.find((p) => p.title.startsWith('Übergabe'));
    expect(english?.tags.length).toBeGreaterThan(0);
    expect(german?.tags).toContain('übergabe');
    expect(nodes.some((p) => p.comments.length > 0 && p.reactions.length > 0)).toBe(true);
    const drafts = await as<{ myBlogDrafts: Conn }>('carol', '{ myBlogDrafts { nodes { id status } } }');
    expect(drafts.data?.myBlogDrafts.nodes.length).toBeGreaterThan(0);
    const seenByBob = await as<{ blogPost: unknown }>('bob', GET_BLOG_POST, { id: drafts.data!.myBlogDrafts.nodes[0].id });
    expect(errorOf(seenByBob).code).toBe('NOT_FOUND');
  });

  it('writes a personal draft: rendered, sanitised Markdown, normalised tags, version 1 kept', async () => {
    const post = await buildBlogPost(as, 'alice', { title: '  Hello  ', body: 'Hello **all** <script>alert(1)</script>', tags: ['#Risk', 'risk', 'Übergabe'] });
    expect(post).toMatchObject({ title: 'Hello', status: 'DRAFT', publishedAt: null, version: 1, tags: ['risk', 'übergabe'], space: null, canEdit: true, canPublish: true });
    expect(post.html).toContain('<strong>all</strong>');
    expect(post.html).not.toContain('<script');
    const read = await as<{ blogPost: BlogPost }>('alice', GET_BLOG_POST, { id: post.id });
    expect(read.data?.blogPost.revisions).toEqual([{ version: 1, title: 'Hello', body: post.body, tags: ['risk', 'übergabe'] }]);
  });

  it('keeps a draft from everyone but its author: blogPost, node, lists, comments, reactions and follows answer NOT_FOUND', async () => {
    const draft = await buildBlogPost(as, 'carol', { title: 'Secret plans', spaceId: team.id });
    for (const other of ['bob', 'alice']) {
      expect(errorOf(await as(other, GET_BLOG_POST, { id: draft.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await as(other, `{ node(id: "${draft.id}") { id } }`)).code).toBe('NOT_FOUND');
      expect(errorOf(await as(other, 'mutation($input: AddCommentInput!) { addComment(input: $input) { body } }', { input: { subjectId: draft.id, body: 'hi' } }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await as(other, 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: draft.id, emoji: '👍' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
      expect(errorOf(await as(other, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: draft.id })).code).toBe('NOT_FOUND');
      expect(errorOf(await as(other, PUBLISH_BLOG_POST, { id: draft.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await as(other, UPDATE_BLOG_POST, { input: { id: draft.id, baseVersion: 1, title: 'mine' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const by = await as<{ blogPostsBy: Conn }>(other, 'query($u: ID!) { blogPostsBy(userId: $u) { nodes { id status } } }', { u: await userId('carol') });
      expect(by.data?.blogPostsBy.nodes.map((p) => p.id)).not.toContain(draft.id);
      const space = await as<{ blogPosts: Conn }>(other, 'query($k: String) { blogPosts(spaceKey: $k) { nodes { id status } } }', { k: team.key });
      expect(space.data?.blogPosts.nodes.map((p) => p.id)).not.toContain(draft.id);
    }
    // Its author sees it everywhere it belongs, and may comment and react.
    const mine = await as<{ blogPostsBy: Conn; myBlogDrafts: Conn }>('carol', 'query($u: ID!) { blogPostsBy(userId: $u) { nodes { id status } } myBlogDrafts { nodes { id status } } }', { u: await userId('carol') });
    expect(mine.data?.blogPostsBy.nodes.map((p) => p.id)).toContain(draft.id);
    expect(mine.data?.myBlogDrafts.nodes.map((p) => p.id)).toContain(draft.id);
    expect((await as('carol', `{ node(id: "${draft.id}") { id } }`)).data).toEqual({ node: { id: draft.id } });
    expect((await as('carol', 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: draft.id, emoji: '👍' } })).errors).toBeUndefined();
  });

  it('publishes a draft once (again: CONFLICT; someone else: FORBIDDEN); then it follows its space', async () => {
    const draft = await buildBlogPost(as, 'carol', { title: 'Members only', spaceId: secret.id });
    const published = await as<{ publishBlogPost: BlogPost }>('carol', PUBLISH_BLOG_POST, { id: draft.id });
    expect(published.data?.publishBlogPost).toMatchObject({ status: 'PUBLISHED', canPublish: false, version: 1 });
    expect(published.data?.publishBlogPost.publishedAt).toBeTruthy();
    expect(errorOf(await as('carol', PUBLISH_BLOG_POST, { id: draft.id }))).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(await as('alice', PUBLISH_BLOG_POST, { id: draft.id })).code).toBe('FORBIDDEN');
    expect((await as<{ blogPost: BlogPost }>('alice', GET_BLOG_POST, { id: draft.id })).data?.blogPost.status).toBe('PUBLISHED');
    expect(errorOf(await as('bob', GET_BLOG_POST, { id: draft.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await as('bob', `{ node(id: "${draft.id}") { id } }`)).code).toBe('NOT_FOUND');
    const all = await as<{ blogPosts: Conn }>('bob', '{ blogPosts(first: 100) { nodes { id status } } }');
    expect(all.data?.blogPosts.nodes.map((p) => p.id)).not.toContain(draft.id);
    expect(errorOf(await as('bob', 'query($k: String) { blogPosts(spaceKey: $k) { nodes { id } } }', { k: secret.key }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceKey' });
  });

  it('reads a published personal post for every employee, lists it newest first, and takes comments and reactions', async () => {
    const older = await buildBlogPost(as, 'bob', { title: 'Older', publish: true });
    const newer = await buildBlogPost(as, 'bob', { title: 'Newer', publish: true });
    expect(newer).toMatchObject({ status: 'PUBLISHED', space: null });
    const all = await as<{ blogPosts: Conn }>('alice', '{ blogPosts(first: 2) { nodes { id status } pageInfo { hasNextPage endCursor } } }');
    expect(all.data?.blogPosts.nodes.map((p) => p.id)).toEqual([newer.id, older.id]);
    expect(all.data?.blogPosts.pageInfo.hasNextPage).toBe(true);
    const next = await as<{ blogPosts: Conn }>('alice', 'query($a: String) { blogPosts(first: 1, after: $a) { nodes { id } } }', { a: all.data?.blogPosts.pageInfo.endCursor });
    expect(next.data?.blogPosts.nodes.map((p) => p.id)).not.toContain(newer.id);
    await as('alice', 'mutation($input: AddCommentInput!) { addComment(input: $input) { body } }', { input: { subjectId: newer.id, body: 'Nice one' } });
    await as('alice', 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: newer.id, emoji: '🎉' } });
    const read = await as<{ blogPost: BlogPost }>('carol', GET_BLOG_POST, { id: newer.id });
    expect(read.data?.blogPost).toMatchObject({ comments: [{ body: 'Nice one' }], reactions: [{ emoji: '🎉', count: 1, reactedByMe: false }], canEdit: false });
    const by = await as<{ blogPostsBy: Conn }>('alice', 'query($u: ID!) { blogPostsBy(userId: $u, first: 2) { nodes { id } } }', { u: await userId('bob') });
    expect(by.data?.blogPostsBy.nodes.map((p) => p.id)).toEqual([newer.id, older.id]);
  });

  it('lets only members write into a space blog: private → NOT_FOUND, public → FORBIDDEN', async () => {
    expect(errorOf(await as('bob', CREATE_BLOG_POST, { input: { title: 'Let me in', body: 'x', spaceId: secret.id } }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
    expect(errorOf(await as('bob', CREATE_BLOG_POST, { input: { title: 'Let me in', body: 'x', spaceId: team.id } })).code).toBe('FORBIDDEN');
    expect(errorOf(await as('bob', CREATE_BLOG_POST, { input: { title: 'Nowhere', body: 'x', spaceId: 'bm9wZQ' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
    const ok = await buildBlogPost(as, 'carol', { title: 'In the team blog', spaceId: team.id, publish: true });
    expect(ok.space?.id).toBe(team.id);
    const list = await as<{ blogPosts: Conn }>('bob', 'query($k: String) { blogPosts(spaceKey: $k) { nodes { id } } }', { k: team.key });
    expect(list.data?.blogPosts.nodes.map((p) => p.id)).toContain(ok.id);
  });

  it('refuses bad input naming the field: a 201-character title, an empty title, an eleventh tag, a body over 1 MB', async () => {
    const refuse = async (input: Record<string, unknown>) => errorOf(await as('alice', CREATE_BLOG_POST, { input: { title: 'T', body: 'b', ...input } }));
    expect(await refuse({ title: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await refuse({ title: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await refuse({ tags: Array.from({ length: 11 }, (_, i) => `tag${i}x`) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags' });
    expect(await refuse({ tags: ['two words'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags' });
    expect(await refuse({ body: 'x'.repeat(1024 * 1024 + 1) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await buildBlogPost(as, 'alice', { title: 'x'.repeat(200) })).title).toHaveLength(200);
  });

  it('edits by the author keep every version; a stale baseVersion is CONFLICT naming baseVersion and writes nothing', async () => {
    const post = await buildBlogPost(as, 'alice', { title: 'v1', body: 'one', tags: ['a'], publish: true });
    const v2 = await as<{ updateBlogPost: BlogPost }>('alice', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 1, body: 'two *now*' } });
    expect(v2.data?.updateBlogPost).toMatchObject({ version: 2, title: 'v1', body: 'two *now*', tags: ['a'], status: 'PUBLISHED' });
    expect(v2.data?.updateBlogPost.html).toContain('<em>now</em>');
    const v3 = await as<{ updateBlogPost: BlogPost }>('alice', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 2, title: 'v3', tags: ['B'] } });
    expect(v3.data?.updateBlogPost.revisions).toEqual([
      { version: 3, title: 'v3', body: 'two *now*', tags: ['b'] },
      { version: 2, title: 'v1', body: 'two *now*', tags: ['a'] },
      { version: 1, title: 'v1', body: 'one', tags: ['a'] },
    ]);
    const stale = await as('alice', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 2, title: 'lost?' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    expect((await as<{ blogPost: BlogPost }>('alice', GET_BLOG_POST, { id: post.id })).data?.blogPost).toMatchObject({ title: 'v3', version: 3 });
    expect(errorOf(await as('bob', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 3, title: 'mine' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await as('alice', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 3, title: 'x'.repeat(201) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    await expect(api.dataSource.query('UPDATE blog_post_revision SET title = $1', ['changed'])).rejects.toThrow(/immutable/);
    await expect(api.dataSource.query('DELETE FROM blog_post_revision WHERE blog_post_id = $1', [uuid(post.id)])).rejects.toThrow(/immutable/);
  });

  it('lets exactly one of two simultaneous edits from the same base win, and one of two simultaneous publishes', async () => {
    const post = await buildBlogPost(as, 'alice', { title: 'Race' });
    const edits = await Promise.all(['left', 'right'].map((title) => as('alice', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 1, title } })));
    expect(edits.filter((r) => !r.errors).length).toBe(1);
    expect(edits.map((r) => (r.errors ? errorOf(r) : null)).find(Boolean)).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    const publishes = await Promise.all([1, 2].map(() => as('alice', PUBLISH_BLOG_POST, { id: post.id })));
    expect(publishes.filter((r) => !r.errors).length).toBe(1);
    expect(publishes.filter((r) => r.errors && errorOf(r).code === 'CONFLICT').length).toBe(1);
    const read = await as<{ blogPost: BlogPost }>('alice', GET_BLOG_POST, { id: post.id });
    expect(read.data?.blogPost.revisions?.map((r) => r.version)).toEqual([2, 1]);
  });

  it('shows a published blog post that links to a proposal under linkedFrom; a draft does not count until published', async () => {
    const created = await as<{ createProposal: { id: string } }>('alice', 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', {
      input: { spaceId: team.id, title: 'Linked', description: 'Why', process: 'MAJORITY', closesAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const proposalId = created.data!.createProposal.id;
    const LINKED = 'query($id: ID!) { proposal(id: $id) { linkedFrom { type title path } } }';
    const draft = await buildBlogPost(as, 'alice', { title: 'Why we vote', body: `See [the proposal](/decisions/${proposalId})` });
    expect((await as<{ proposal: { linkedFrom: unknown[] } }>('bob', LINKED, { id: proposalId })).data?.proposal.linkedFrom).toEqual([]);
    await as('alice', PUBLISH_BLOG_POST, { id: draft.id });
    expect((await as<{ proposal: { linkedFrom: unknown[] } }>('bob', LINKED, { id: proposalId })).data?.proposal.linkedFrom).toEqual([
      { type: 'BlogPost', title: 'Why we vote', path: `/blog/${draft.id}` },
    ]);
    await as('alice', UPDATE_BLOG_POST, { input: { id: draft.id, baseVersion: 1, body: 'No link any more' } });
    expect((await as<{ proposal: { linkedFrom: unknown[] } }>('bob', LINKED, { id: proposalId })).data?.proposal.linkedFrom).toEqual([]);
  });

  it('records typed events for the feed: created, updated, published with space, author, title, tags and version', async () => {
    const post = await buildBlogPost(as, 'carol', { title: 'Feed me', spaceId: team.id, tags: ['Feed'] });
    await as('carol', UPDATE_BLOG_POST, { input: { id: post.id, baseVersion: 1, title: 'Feed me now' } });
    await as('carol', PUBLISH_BLOG_POST, { id: post.id });
    const events = await api.dataSource.query(
      `SELECT type, aggregate_type AS "aggregateType", space_id AS "spaceId", payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`,
      [uuid(post.id)],
    );
    const carol = uuid(await userId('carol'));
    const teamId = uuid(team.id);
    expect(events.map((e: { payload: Record<string, unknown> }) => ({ ...e, payload: { ...e.payload, publishedAt: e.payload['publishedAt'] ? 'set' : undefined } }))).toEqual([
      { type: 'blog_post.created', aggregateType: 'BlogPost', spaceId: teamId, payload: { authorId: carol, title: 'Feed me', tags: ['feed'], version: 1, status: 'DRAFT', publishedAt: undefined } },
      { type: 'blog_post.updated', aggregateType: 'BlogPost', spaceId: teamId, payload: { authorId: carol, title: 'Feed me now', tags: ['feed'], version: 2, previousVersion: 1, status: 'DRAFT', publishedAt: undefined } },
      { type: 'blog_post.published', aggregateType: 'BlogPost', spaceId: teamId, payload: { authorId: carol, title: 'Feed me now', tags: ['feed'], version: 2, publishedAt: 'set' } },
    ]);
  });

  it('lists 50 blog posts with author, space, tags, comments and reactions in as many statements as 5', async () => {
    const space = await buildSpace(api, { owner: 'alice', key: uniqueKey('B'), members: ['bob', 'carol'] });
    const LIST = 'query($k: String) { blogPosts(spaceKey: $k, first: 50) { nodes { id title tags author { username } space { key } reactions { emoji count } comments { body } followedByMe } } }';
    const authors = ['alice', 'bob', 'carol'];
    for (let i = 0; i < 5; i++) await buildBlogPost(as, authors[i % 3], { title: `Post ${i}`, spaceId: space.id, publish: true, tags: ['bulk'] });
    const small = await statementsOf(api, 'bob', LIST, { k: space.key });
    for (let i = 5; i < 50; i++) {
      const post = await buildBlogPost(as, authors[i % 3], { title: `Post ${i}`, spaceId: space.id, publish: true, tags: ['bulk'] });
      if (i % 5 === 0) await as('alice', 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: post.id, emoji: '🎉' } });
      if (i % 7 === 0) await as('bob', 'mutation($input: AddCommentInput!) { addComment(input: $input) { body } }', { input: { subjectId: post.id, body: 'ok' } });
    }
    const large = await statementsOf(api, 'bob', LIST, { k: space.key });
    expect((large.body.data as { blogPosts: { nodes: unknown[] } }).blogPosts.nodes).toHaveLength(50);
    console.info(`blogPosts statements: 5 posts → ${small.statements}, 50 posts → ${large.statements}`);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(10);
    const everyone = await statementsOf(api, 'bob', '{ blogPosts(first: 50) { nodes { id author { username } space { key } reactions { emoji } comments { body } } } }');
    console.info(`blogPosts (all) statements for 50 posts: ${everyone.statements}`);
    expect(everyone.statements).toBeLessThanOrEqual(10);
  });
});
