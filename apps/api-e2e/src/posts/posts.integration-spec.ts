import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';
import { tokenMinter } from '../support/tokens';
import { CREATE_POST, GET_POST, asUser, buildPost, statementsOf, type As, type Post } from './post-factories';

type Thread = Post & { replies: { id: string; body: string; deleted: boolean; author: { username: string } }[]; replyCount: number };

describe('micro-posts', () => {
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

  it('seeds demo posts: a pinned announcement in ENG, a German post with #Übergabe, replies and reactions', async () => {
    const eng = await as<{ space: { id: string } }>('bob', '{ space(key: "ENG") { id } }');
    const list = await as<{ spacePosts: { nodes: { body: string; pinned: boolean; replyCount: number }[] } }>('bob', 'query($s: ID!) { spacePosts(spaceId: $s) { nodes { body pinned replyCount } } }', { s: eng.data?.space.id });
    expect(list.data?.spacePosts.nodes[0]).toMatchObject({ pinned: true, body: expect.stringContaining('Release freeze') });
    expect(list.data?.spacePosts.nodes.some((p) => p.replyCount === 2)).toBe(true);
    // Other suites post with #Übergabe at the same time: find the seeded one by its text.
    const tag = await as<{ postsByHashtag: { nodes: { body: string; hashtags: string[]; mentions: { username: string }[]; reactions: { emoji: string }[] }[] } }>(
      'alice', '{ postsByHashtag(tag: "Übergabe", first: 100) { nodes { body hashtags mentions { username } reactions { emoji } } } }');
    const seeded = tag.data?.postsByHashtag.nodes.find((p) => p.body.includes('Checkliste'));
    expect(seeded).toMatchObject({ hashtags: ['übergabe'], mentions: [{ username: 'bob' }], reactions: [{ emoji: '❤️' }] });
  });

  it('posts to everyone: rendered, sanitised Markdown, visible to every employee', async () => {
    const post = await buildPost(as, 'alice', { body: '  Hello **all** <script>alert(1)</script>  ' });
    expect(post).toMatchObject({ body: 'Hello **all** <script>alert(1)</script>', space: null, replyTo: null, deleted: false, editedAt: null, author: { username: 'alice' } });
    expect(post.html).toContain('<strong>all</strong>');
    expect(post.html).not.toContain('<script');
    const seen = await as<{ post: Post }>('bob', GET_POST, { id: post.id });
    expect(seen.data?.post.id).toBe(post.id);
  });

  it('resolves @mentions to users and stores normalised #hashtags', async () => {
    const post = await buildPost(as, 'alice', { body: 'Thanks @Bob and @carol. @nobody-here stays text; mail x@example.com. #Übergabe #release #RELEASE', spaceId: team.id });
    expect(post.mentions.map((u) => u.username)).toEqual(['bob', 'carol']);
    expect(post.hashtags).toEqual(['übergabe', 'release']);
    expect(post.html).toContain('@nobody-here');
    const byTag = await as<{ postsByHashtag: { nodes: { id: string }[] } }>('bob', 'query($tag: String!) { postsByHashtag(tag: $tag) { nodes { id } } }', { tag: '#ÜBERGABE' });
    expect(byTag.data?.postsByHashtag.nodes.map((p) => p.id)).toContain(post.id);
    expect(errorOf(await as('bob', '{ postsByHashtag(tag: "#") { nodes { id } } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tag' });
  });

  it('counts user-perceived characters: 500 emoji pass, 501 characters do not, nor an empty body', async () => {
    const emoji = await buildPost(as, 'alice', { body: '👨‍👩‍👧‍👦'.repeat(500) });
    expect(emoji.body).toHaveLength(5_500);
    expect(await buildPost(as, 'alice', { body: 'x'.repeat(500) })).toBeTruthy();
    for (const body of ['x'.repeat(501), '👍'.repeat(501), '   ']) {
      const refused = await as(`alice`, CREATE_POST, { input: { body } });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
  });

  it('keeps a private space’s posts from strangers (NOT_FOUND, as if missing) and lets only members post there', async () => {
    const post = await buildPost(as, 'carol', { body: 'members only', spaceId: secret.id });
    expect(post.space?.id).toBe(secret.id);
    expect(errorOf(await as('bob', GET_POST, { id: post.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await as('bob', '{ node(id: "' + post.id + '") { id } }')).code).toBe('NOT_FOUND');
    expect(errorOf(await as('bob', CREATE_POST, { input: { body: 'let me in', spaceId: secret.id } }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
    expect(errorOf(await as('bob', CREATE_POST, { input: { body: 'reply', replyToId: post.id } }))).toMatchObject({ code: 'NOT_FOUND', field: 'replyToId' });
    const lists = await as<{ postsBy: { nodes: { id: string }[] } }>('bob', 'query($u: ID!) { postsBy(userId: $u) { nodes { id } } }', { u: await userId('carol') });
    expect(lists.data?.postsBy.nodes.map((p) => p.id)).not.toContain(post.id);
    expect(errorOf(await as('bob', 'query($s: ID!) { spacePosts(spaceId: $s) { nodes { id } } }', { s: secret.id })).code).toBe('NOT_FOUND');
    // Anyone may post into a public space.
    expect((await buildPost(as, 'bob', { body: 'hi', spaceId: team.id })).space?.id).toBe(team.id);
  });

  it('threads: a reply lives in its parent’s space; a deleted reply stays in the thread, empty and marked', async () => {
    const root = await buildPost(as, 'alice', { body: 'Root', spaceId: team.id });
    const first = await buildPost(as, 'bob', { body: 'First reply', replyToId: root.id });
    const second = await buildPost(as, 'carol', { body: 'Second reply', replyToId: root.id });
    expect(first.space?.id).toBe(team.id);
    expect(first.replyTo?.id).toBe(root.id);
    expect(errorOf(await as('bob', CREATE_POST, { input: { body: 'x', replyToId: root.id, spaceId: secret.id } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spaceId' });
    expect(errorOf(await as('alice', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: first.id }))).toMatchObject({ code: 'FORBIDDEN' });
    const deleted = await as<{ deletePost: Post }>('bob', 'mutation($id: ID!) { deletePost(id: $id) { id body html deleted } }', { id: first.id });
    expect(deleted.data?.deletePost).toEqual({ id: first.id, body: '', html: '', deleted: true });
    const thread = await as<{ post: Thread }>('bob', GET_POST, { id: root.id });
    expect(thread.data?.post.replies).toEqual([
      { id: first.id, body: '', deleted: true, author: { username: 'bob' } },
      { id: second.id, body: 'Second reply', deleted: false, author: { username: 'carol' } },
    ]);
    expect(thread.data?.post.replyCount).toBe(1);
    expect(errorOf(await as('bob', 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }', { input: { id: first.id, body: 'back' } })).code).toBe('CONFLICT');
    expect(errorOf(await as('carol', CREATE_POST, { input: { body: 'to the deleted one', replyToId: first.id } }))).toMatchObject({ code: 'NOT_FOUND', field: 'replyToId' });
  });

  it('lets the author edit (editedAt, mentions and hashtags follow) and no one else', async () => {
    const post = await buildPost(as, 'alice', { body: 'Draft #old' });
    const edit = 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { body editedAt hashtags mentions { username } } }';
    expect(errorOf(await as('bob', edit, { input: { id: post.id, body: 'mine now' } })).code).toBe('FORBIDDEN');
    const edited = await as<{ updatePost: Post }>('alice', edit, { input: { id: post.id, body: 'Final #New for @bob' } });
    expect(edited.data?.updatePost).toMatchObject({ body: 'Final #New for @bob', hashtags: ['new'], mentions: [{ username: 'bob' }] });
    expect(edited.data?.updatePost.editedAt).not.toBeNull();
    const old = await as<{ postsByHashtag: { nodes: { id: string }[] } }>('bob', '{ postsByHashtag(tag: "old") { nodes { id } } }');
    expect(old.data?.postsByHashtag.nodes.map((p) => p.id)).not.toContain(post.id);
  });

  it('pins one announcement per space, listed first; only a manager who is a member may pin', async () => {
    const space = await buildSpace(api, { owner: 'alice', members: ['carol', 'bob'] });
    const announcement = await buildPost(as, 'bob', { body: 'Announcement', spaceId: space.id });
    const other = await buildPost(as, 'bob', { body: 'Another', spaceId: space.id });
    const newer = await buildPost(as, 'alice', { body: 'Newest', spaceId: space.id });
    const PIN = 'mutation($id: ID!) { pinPost(id: $id) { id pinned } }';
    expect(errorOf(await as('alice', PIN, { id: announcement.id })).code).toBe('FORBIDDEN'); // owner, not a manager
    expect(errorOf(await as('bob', PIN, { id: announcement.id })).code).toBe('FORBIDDEN');
    expect((await as<{ pinPost: Post }>('carol', PIN, { id: announcement.id })).data?.pinPost.pinned).toBe(true);
    const LIST = 'query($s: ID!, $after: String) { spacePosts(spaceId: $s, first: 2, after: $after) { nodes { id pinned } pageInfo { hasNextPage endCursor } } }';
    type Page = { spacePosts: { nodes: { id: string; pinned: boolean }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await as<Page>('bob', LIST, { s: space.id });
    expect(first.data?.spacePosts.nodes).toEqual([{ id: announcement.id, pinned: true }, { id: newer.id, pinned: false }]);
    const second = await as<Page>('bob', LIST, { s: space.id, after: first.data?.spacePosts.pageInfo.endCursor });
    expect(second.data?.spacePosts.nodes).toEqual([{ id: other.id, pinned: false }]);
    expect(second.data?.spacePosts.pageInfo.hasNextPage).toBe(false);
    // Pinning another replaces it.
    await as('carol', PIN, { id: other.id });
    const after = await as<Page>('bob', LIST, { s: space.id });
    expect(after.data?.spacePosts.nodes[0]).toEqual({ id: other.id, pinned: true });
    expect((await as<{ post: Post }>('bob', GET_POST, { id: announcement.id })).data?.post.pinned).toBe(false);
    expect((await as<{ unpinPost: Post }>('carol', 'mutation($id: ID!) { unpinPost(id: $id) { pinned } }', { id: other.id })).data?.unpinPost.pinned).toBe(false);
    // A post without a space has nothing to be pinned in.
    const everyone = await buildPost(as, 'carol', { body: 'to all' });
    expect(errorOf(await as('carol', PIN, { id: everyone.id })).code).toBe('FORBIDDEN');
  });

  it('keeps one announcement per space when managers pin at the same time', async () => {
    const mint = await tokenMinter(api);
    const names = [0, 1, 2].map((i) => `${uniqueKey('m').toLowerCase()}-${i}`);
    const tokens = await Promise.all(names.map((n) => mint(n, ['employee', 'manager'])));
    await Promise.all(tokens.map((t) => api.gql(t, '{ me { id } }')));
    const space = await buildSpace(api, { owner: 'alice', members: names });
    const posts = await Promise.all(Array.from({ length: 6 }, (_, i) => buildPost(as, 'alice', { body: `Candidate ${i}`, spaceId: space.id })));
    const results = await Promise.all(posts.map((p, i) => api.gql(tokens[i % 3], 'mutation($id: ID!) { pinPost(id: $id) { pinned } }', { id: p.id })));
    expect(results.map((r) => r.errors ?? null)).toEqual(posts.map(() => null));
    const list = await as<{ spacePosts: { nodes: { pinned: boolean }[] } }>('bob', 'query($s: ID!) { spacePosts(spaceId: $s) { nodes { pinned } } }', { s: space.id });
    expect(list.data?.spacePosts.nodes.filter((p) => p.pinned)).toHaveLength(1);
    expect(list.data?.spacePosts.nodes[0].pinned).toBe(true);
  });

  it('shows a post that links to a proposal under the proposal’s linkedFrom, for readers of the post only, until it is deleted', async () => {
    const created = await as<{ createProposal: { id: string } }>('alice', 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', {
      input: { spaceId: team.id, title: 'Linked', description: 'Why', process: 'MAJORITY', closesAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const proposalId = created.data!.createProposal.id;
    const open = await buildPost(as, 'alice', { body: `**Vote** on [this](/decisions/${proposalId}) please` });
    const hidden = await buildPost(as, 'carol', { body: `Members: http://pnyx.example/decisions/${proposalId}`, spaceId: secret.id });
    const LINKED = 'query($id: ID!) { proposal(id: $id) { linkedFrom { type title path } } }';
    const forBob = await as<{ proposal: { linkedFrom: { type: string; title: string; path: string }[] } }>('bob', LINKED, { id: proposalId });
    expect(forBob.data?.proposal.linkedFrom).toEqual([{ type: 'Post', title: 'Vote on this please', path: `/posts/${open.id}` }]);
    const forCarol = await as<{ proposal: { linkedFrom: { path: string }[] } }>('carol', LINKED, { id: proposalId });
    expect(forCarol.data?.proposal.linkedFrom.map((l) => l.path).sort()).toEqual([`/posts/${open.id}`, `/posts/${hidden.id}`].sort());
    await as('alice', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: open.id });
    expect((await as<{ proposal: { linkedFrom: unknown[] } }>('bob', LINKED, { id: proposalId })).data?.proposal.linkedFrom).toEqual([]);
  });

  it('records typed events with what a feed item needs', async () => {
    const root = await buildPost(as, 'alice', { body: 'Ship it #Release with @bob and @carol', spaceId: team.id });
    const reply = await buildPost(as, 'bob', { body: 'Done', replyToId: root.id });
    await as('alice', 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }', { input: { id: root.id, body: 'Ship it #release with @bob, @carol and @alice' } });
    await as('carol', 'mutation($id: ID!) { pinPost(id: $id) { id } }', { id: root.id });
    await as('bob', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: reply.id });
    const uuid = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
    const events = await api.dataSource.query(
      `SELECT type, aggregate_type AS "aggregateType", space_id AS "spaceId", payload FROM outbox_event WHERE aggregate_id = ANY($1) ORDER BY id`,
      [[uuid(root.id), uuid(reply.id)]],
    );
    const ids = async (...names: string[]) => Promise.all(names.map(userId));
    const [alice, bob, carol] = (await ids('alice', 'bob', 'carol')).map(uuid);
    const teamId = uuid(team.id);
    expect(events).toEqual([
      { type: 'post.created', aggregateType: 'Post', spaceId: teamId, payload: { authorId: alice, replyToId: null, mentionedUserIds: [bob, carol], hashtags: ['release'] } },
      { type: 'post.created', aggregateType: 'Post', spaceId: teamId, payload: { authorId: bob, replyToId: uuid(root.id), mentionedUserIds: [], hashtags: [] } },
      {
        type: 'post.updated', aggregateType: 'Post', spaceId: teamId,
        payload: { authorId: alice, replyToId: null, mentionedUserIds: [bob, carol, alice], newlyMentionedUserIds: [alice], hashtags: ['release'] },
      },
      { type: 'post.pinned', aggregateType: 'Post', spaceId: teamId, payload: { authorId: alice, pinned: true, replacedPostId: null } },
      { type: 'post.deleted', aggregateType: 'Post', spaceId: teamId, payload: { authorId: bob, replyToId: uuid(root.id) } },
    ]);
  });

  it('comments on and follows posts through the subject registry', async () => {
    const post = await buildPost(as, 'alice', { body: 'Discuss', spaceId: secret.id });
    const comment = await as<{ addComment: { body: string } }>('carol', 'mutation($input: AddCommentInput!) { addComment(input: $input) { body } }', { input: { subjectId: post.id, body: 'Agreed' } });
    expect(comment.data?.addComment.body).toBe('Agreed');
    expect(errorOf(await as('bob', 'mutation($input: AddCommentInput!) { addComment(input: $input) { body } }', { input: { subjectId: post.id, body: 'me too' } })).code).toBe('NOT_FOUND');
    expect((await as('carol', 'mutation($id: ID!) { follow(subjectId: $id) }', { id: post.id })).data).toEqual({ follow: true });
    const read = await as<{ post: { comments: { body: string }[]; followedByMe: boolean } }>('carol', 'query($id: ID!) { post(id: $id) { comments { body } followedByMe } }', { id: post.id });
    expect(read.data?.post).toEqual({ comments: [{ body: 'Agreed' }], followedByMe: true });
  });

  it('lists 50 posts with author, space, reactions and reply counts in a bounded number of statements', async () => {
    const space = await buildSpace(api, { owner: 'alice', key: uniqueKey('P'), members: ['bob', 'carol'] });
    const LIST = 'query($s: ID!) { spacePosts(spaceId: $s, first: 50) { nodes { id author { username } space { key } reactions { emoji count } replyCount mentions { username } replyTo { id } } } }';
    const authors = ['alice', 'bob', 'carol'];
    for (let i = 0; i < 5; i++) await buildPost(as, authors[i % 3], { body: `Post ${i} @bob`, spaceId: space.id });
    const small = await statementsOf(api, 'bob', LIST, { s: space.id });
    for (let i = 5; i < 50; i++) {
      const post = await buildPost(as, authors[i % 3], { body: `Post ${i} @carol #bulk`, spaceId: space.id });
      if (i % 5 === 0) await as('alice', 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: post.id, emoji: '🎉' } });
      if (i % 7 === 0) await buildPost(as, 'bob', { body: 'reply', replyToId: post.id });
    }
    const large = await statementsOf(api, 'bob', LIST, { s: space.id });
    expect((large.body.data as { spacePosts: { nodes: unknown[] } }).spacePosts.nodes).toHaveLength(50);
    console.info(`spacePosts statements: 5 posts → ${small.statements}, 50 posts → ${large.statements}`);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(10);
    const byTag = await statementsOf(api, 'bob', '{ postsByHashtag(tag: "bulk", first: 50) { nodes { id author { username } space { key } reactions { emoji count } replyCount } } }');
    console.info(`postsByHashtag statements for 45 posts: ${byTag.statements}`);
    expect(byTag.statements).toBeLessThanOrEqual(10);
  });

  async function userId(username: string): Promise<string> {
    const me = await as<{ me: { id: string } }>(username, '{ me { id } }');
    return me.data!.me.id;
  }
});
