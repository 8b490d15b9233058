import { PubSub } from '@pnyx/api/core/realtime';
import { FEED_ITEM_ADDED } from '@pnyx/api/feed';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { propose } from '../decisions/decision-factories';
import { buildPost, statementsOf, type As } from '../posts/post-factories';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';
import { tokenMinter } from '../support/tokens';

const SUBJECT = `subject { __typename ... on Post { id body } ... on BlogPost { id title blogStatus: status } ... on Page { id title } ... on Proposal { id title status } }`;
const ITEM = `id kind createdAt actor { username } ${SUBJECT}`;
const FEED = `query($first: Int, $after: String, $filter: FeedFilter) { feed(first: $first, after: $after, filter: $filter) {
  nodes { ${ITEM} } pinned { ${ITEM} } pageInfo { hasNextPage endCursor } } }`;

interface Item {
  id: string;
  kind: string;
  actor: { username: string };
  subject: { __typename: string; id: string; title?: string; body?: string; status?: string; blogStatus?: string };
}
interface Feed {
  nodes: Item[];
  pinned: Item[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('feed: what happened in everything the reader may see', () => {
  let api: TestApi;
  let as: As;
  let mint: (username: string) => Promise<string>;
  let team: BuiltSpace;
  let secret: BuiltSpace;
  const clients: Client[] = [];

  /** A fresh person with no follows and no spaces (isolated from the demo data). */
  const tokens = new Map<string, string>();
  const person = async (name: string) => {
    const username = `${name}-${uniqueKey('p').toLowerCase()}`;
    tokens.set(username, await mint(username));
    await gqlAs(username, '{ me { id } }');
    return username;
  };
  const gqlAs = async <T,>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    tokens.has(username) ? api.gql<T>(tokens.get(username)!, query, variables) : as<T>(username, query, variables);
  const feedOf = async (username: string, variables: Record<string, unknown> = {}): Promise<Feed> => {
    const result = await gqlAs<{ feed: Feed }>(username, FEED, variables);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.feed;
  };
  const waitForItem = (username: string, subjectId: string, variables: Record<string, unknown> = {}) =>
    until(`${subjectId} in ${username}'s feed`, async () => (await feedOf(username, { first: 100, ...variables })).nodes.find((i) => i.subject.id === subjectId));
  const userId = async (username: string) => (await gqlAs<{ user: { id: string } }>(username, 'query($u: String!) { user(username: $u) { id } }', { u: username })).data!.user.id;

  beforeAll(async () => {
    api = await startTestApi();
    as = asUserOf(api);
    mint = await tokenMinter(api);
    team = await buildSpace(api, { owner: 'alice', members: ['carol'] });
    secret = await buildSpace(api, { owner: 'alice', visibility: 'PRIVATE', members: ['carol'] });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
  });

  it('seeds follows and a lively feed: alice follows bob and #compliance, and sees them under Following', async () => {
    expect((await as<{ followedHashtags: string[] }>('alice', '{ followedHashtags }')).data?.followedHashtags).toEqual(['compliance', 'release']);
    const bodies = await until('the seeded access-review post in alice’s Following', async () => {
      const nodes = (await feedOf('alice', { first: 100, filter: { following: true } })).nodes;
      const found = nodes.map((i) => i.subject.body ?? '');
      return found.some((b) => b.includes('access review')) ? found : null;
    });
    // carol's post reaches alice through #compliance; bob's CLAIMS post through following bob.
    expect(bodies.some((b) => b.includes('Schadenmeldungen'))).toBe(true);
    const kinds = new Set((await feedOf('bob', { first: 100 })).nodes.map((i) => i.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['POST_CREATED', 'BLOG_POST_PUBLISHED', 'PAGE_CREATED', 'PROPOSAL_OPENED']));
  });

  it('shows posts, published blog posts, new pages and opened proposals, each typed, with its actor', async () => {
    const post = await buildPost(as, 'alice', { body: 'Feed me #feedcheck', spaceId: team.id });
    const blog = await as<{ createBlogPost: { id: string } }>('carol', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', {
      i: { title: 'Quarterly notes', body: 'Numbers', publish: true, spaceId: team.id },
    });
    const page = await as<{ createPage: { id: string } }>('alice', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', {
      i: { spaceId: team.id, title: 'Runbook', body: 'Steps' },
    });
    const proposal = await propose(as, 'carol', team.id, { title: 'Adopt the feed' });
    const expected: [string, string, string, string][] = [
      [post.id, 'POST_CREATED', 'Post', 'alice'],
      [blog.data!.createBlogPost.id, 'BLOG_POST_PUBLISHED', 'BlogPost', 'carol'],
      [page.data!.createPage.id, 'PAGE_CREATED', 'Page', 'alice'],
      [proposal.id, 'PROPOSAL_OPENED', 'Proposal', 'carol'],
    ];
    for (const [id, kind, type, actor] of expected) {
      const item = await waitForItem('bob', id);
      expect(item).toMatchObject({ kind, actor: { username: actor }, subject: { __typename: type, id } });
    }
    // Newest first.
    const ids = (await feedOf('bob', { first: 100 })).nodes.map((i) => i.subject.id);
    expect(ids.indexOf(proposal.id)).toBeLessThan(ids.indexOf(post.id));
  });

  it('never shows a private space’s items to a non-member, nor a draft to anyone (drafts make no items)', async () => {
    const hidden = await buildPost(as, 'carol', { body: 'members only', spaceId: secret.id });
    const draft = await as<{ createBlogPost: { id: string } }>('alice', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', {
      i: { title: 'Draft', body: 'not yet' },
    });
    const marker = await buildPost(as, 'carol', { body: 'after the hidden one' });
    // Alice (a member) sees the hidden post; once bob sees the later marker, the hidden one would have been there too.
    await waitForItem('alice', hidden.id);
    await waitForItem('bob', marker.id);
    const bobs = (await feedOf('bob', { first: 100 })).nodes.map((i) => i.subject.id);
    expect(bobs).not.toContain(hidden.id);
    expect(bobs).not.toContain(draft.data!.createBlogPost.id);
    expect((await feedOf('alice', { first: 100 })).nodes.map((i) => i.subject.id)).not.toContain(draft.data!.createBlogPost.id);
    expect(errorOf(await as('bob', FEED, { filter: { spaceId: secret.id } }))).toEqual({}); // an unreadable space filters to nothing…
    expect((await feedOf('bob', { filter: { spaceId: secret.id } })).nodes).toEqual([]);
    expect((await feedOf('alice', { filter: { spaceId: secret.id }, first: 100 })).nodes.map((i) => i.subject.id)).toContain(hidden.id);
  });

  it('publishes a blog post into the feed only when it is published', async () => {
    const draft = await as<{ createBlogPost: { id: string } }>('alice', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', {
      i: { title: 'Later', body: 'soon', tags: ['feedcheck'] },
    });
    await as('alice', 'mutation($id: ID!) { publishBlogPost(id: $id) { id } }', { id: draft.data!.createBlogPost.id });
    expect(await waitForItem('bob', draft.data!.createBlogPost.id)).toMatchObject({ kind: 'BLOG_POST_PUBLISHED', subject: { blogStatus: "PUBLISHED" } });
  });

  it('Following: own items, followed people, own and followed spaces, followed hashtags; nothing else', async () => {
    const reader = await person('reader');
    const own = await gqlAs<{ createPost: { id: string } }>(reader, 'mutation { createPost(input: { body: "mine" }) { id } }');
    const byAlice = await buildPost(as, 'alice', { body: 'from alice' });
    const byCarol = await buildPost(as, 'carol', { body: 'from carol, no tag' });
    const tagged = await buildPost(as, 'carol', { body: 'about #Quartalsbericht' });
    const inTeam = await buildPost(as, 'carol', { body: 'team news', spaceId: team.id });
    await waitForItem(reader, inTeam.id);
    const following = async () => (await feedOf(reader, { first: 100, filter: { following: true } })).nodes.map((i) => i.subject.id);
    expect(await following()).toEqual([own.data!.createPost.id]);

    expect((await gqlAs(reader, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: await userId('alice') })).errors).toBeUndefined();
    expect((await gqlAs<{ followHashtag: string }>(reader, 'mutation { followHashtag(tag: "#QUARTALSBERICHT") }')).data?.followHashtag).toBe('quartalsbericht');
    expect((await gqlAs(reader, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: team.id })).errors).toBeUndefined();
    const now = await following();
    expect(now).toEqual(expect.arrayContaining([own.data!.createPost.id, byAlice.id, tagged.id, inTeam.id]));
    expect(now).not.toContain(byCarol.id);
    // Everything still has all of them.
    expect((await feedOf(reader, { first: 100 })).nodes.map((i) => i.subject.id)).toContain(byCarol.id);

    const profile = await gqlAs<{ user: { followedByMe: boolean; followerCount: number } }>(reader, '{ user(username: "alice") { followedByMe followerCount } }');
    expect(profile.data?.user).toMatchObject({ followedByMe: true, followerCount: expect.any(Number) });
    expect(profile.data!.user.followerCount).toBeGreaterThanOrEqual(1);
    expect((await gqlAs<{ followedHashtags: string[] }>(reader, '{ followedHashtags }')).data?.followedHashtags).toEqual(['quartalsbericht']);

    await gqlAs(reader, 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: await userId('alice') });
    await gqlAs(reader, 'mutation { unfollowHashtag(tag: "quartalsbericht") }');
    await gqlAs(reader, 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: team.id });
    expect(await following()).toEqual([own.data!.createPost.id]);
    // A private space cannot be followed by a stranger: NOT_FOUND, as if missing.
    expect(errorOf(await gqlAs(reader, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: secret.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gqlAs(reader, 'mutation { followHashtag(tag: "#") }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tag' });
    // People and spaces are followed, never reacted to or commented on.
    const alice = await userId('alice');
    expect(errorOf(await gqlAs(reader, 'mutation($id: ID!) { react(input: { subjectId: $id, emoji: "👍" }) { count } }', { id: alice }))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
    expect(errorOf(await gqlAs(reader, 'mutation($id: ID!) { addComment(input: { subjectId: $id, body: "hi" }) { id } }', { id: team.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
  });

  it('a followed person’s items in a space the reader cannot see stay hidden in Following too', async () => {
    const reader = await person('watcher');
    await gqlAs(reader, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: await userId('carol') });
    const hidden = await buildPost(as, 'carol', { body: 'secret plans', spaceId: secret.id });
    const open = await buildPost(as, 'carol', { body: 'open plans' });
    await waitForItem(reader, open.id, { filter: { following: true } });
    const ids = (await feedOf(reader, { first: 100, filter: { following: true } })).nodes.map((i) => i.subject.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(hidden.id);
  });

  it('pages with cursors: no item skipped or repeated while new items arrive between and during page loads', async () => {
    const space = await buildSpace(api, { owner: 'alice', visibility: 'PRIVATE', members: ['carol'] });
    const before: string[] = [];
    for (let i = 0; i < 30; i++) before.push((await buildPost(as, i % 2 ? 'alice' : 'carol', { body: `before ${i}`, spaceId: space.id })).id);
    await waitForItem('alice', before[29], { filter: { spaceId: space.id } });
    await until('all 30 items', async () => (await feedOf('alice', { first: 100, filter: { spaceId: space.id } })).nodes.length === 30 || null);

    const seen: string[] = [];
    let after: string | null = null;
    let arrived = 0;
    for (;;) {
      // New posts land while we page (concurrently with the page load).
      const writes = [buildPost(as, 'carol', { body: `during ${arrived++}`, spaceId: space.id }), buildPost(as, 'alice', { body: `during ${arrived++}`, spaceId: space.id })];
      const [page] = await Promise.all([feedOf('alice', { first: 7, after, filter: { spaceId: space.id } }), ...writes]);
      seen.push(...page.nodes.map((i) => i.subject.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every item that existed when paging began is there, in order (newest first); new ones come only above the first page.
    const old = seen.filter((id) => before.includes(id));
    expect(old).toEqual([...before].reverse());
    expect(seen.slice(seen.indexOf(before[29]))).toEqual([...before].reverse());
  });

  it('bounds the statements of a page: 40 items of four kinds cost what 4 do', async () => {
    const fill = async (each: number) => {
      const space = await buildSpace(api, { owner: 'carol', visibility: 'PRIVATE', members: ['alice'] });
      let last = '';
      for (let i = 0; i < each; i++) {
        await buildPost(as, 'alice', { body: `post ${i} #count`, spaceId: space.id });
        await as('carol', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', { i: { spaceId: space.id, title: `Page ${i}`, body: 'x' } });
        await as('alice', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', { i: { title: `Blog ${i}`, body: 'x', publish: true, spaceId: space.id } });
        last = (await propose(as, 'carol', space.id, { title: `Proposal ${i}` })).id;
      }
      await waitForItem('alice', last, { filter: { spaceId: space.id } });
      return space;
    };
    const QUERY = FEED.replace(
      'nodes { ',
      'nodes { subject { ... on Post { reactions { emoji } replyCount author { username } } ... on Page { space { key } } ... on Proposal { voteCount author { username } } ... on BlogPost { reactions { emoji } } } ',
    );
    const [small, large] = [await fill(1), await fill(10)];
    const few = await statementsOf(api, 'alice', QUERY, { first: 50, filter: { spaceId: small.id } });
    const many = await statementsOf(api, 'alice', QUERY, { first: 50, filter: { spaceId: large.id } });
    expect(few.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect((few.body.data as unknown as { feed: Feed }).feed.nodes).toHaveLength(4);
    const nodes = (many.body.data as unknown as { feed: Feed }).feed.nodes;
    expect(nodes).toHaveLength(40);
    expect(new Set(nodes.map((i) => i.subject.__typename))).toEqual(new Set(['Post', 'Page', 'BlogPost', 'Proposal']));
    expect(many.statements).toBe(few.statements);
  }, 120_000);

  it('keeps a space’s pinned announcement above its feed; a deleted post leaves the feed', async () => {
    const pinned = await buildPost(as, 'alice', { body: 'Announcement', spaceId: team.id });
    // Pinning is for a manager who is a member (carol).
    expect((await as('carol', 'mutation($id: ID!) { pinPost(id: $id) { pinned } }', { id: pinned.id })).data).toEqual({ pinPost: { pinned: true } });
    const gone = await buildPost(as, 'alice', { body: 'oops', spaceId: team.id });
    await waitForItem('bob', gone.id);
    const feed = await until('the pin', async () => {
      const f = await feedOf('bob', { filter: { spaceId: team.id } });
      return f.pinned.length ? f : null;
    });
    expect(feed.pinned.map((i) => i.subject.id)).toEqual([pinned.id]);
    await as('alice', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: gone.id });
    await until('the deleted post to leave', async () => !(await feedOf('bob', { first: 100 })).nodes.some((i) => i.subject.id === gone.id));
    // A later page load never asks for more than it gets: a page of the team's feed has no gaps filled with the deleted one.
    expect((await feedOf('bob', { first: 100, filter: { spaceId: team.id } })).nodes.map((i) => i.subject.id)).not.toContain(gone.id);
  });

  it('folds a person’s edits of a page within an hour into one item', async () => {
    const created = await as<{ createPage: { id: string } }>('alice', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', {
      i: { spaceId: team.id, title: 'Folding', body: 'v1' },
    });
    const id = created.data!.createPage.id;
    for (const version of [1, 2]) {
      await as('alice', 'mutation($i: UpdatePageInput!) { updatePage(input: $i) { id } }', { i: { id, baseVersion: version, body: `v${version + 1}` } });
    }
    await as('carol', 'mutation($i: UpdatePageInput!) { updatePage(input: $i) { id } }', { i: { id, baseVersion: 3, body: 'v4 by carol' } });
    await until('carol’s edit', async () => (await feedOf('bob', { first: 100 })).nodes.some((i) => i.subject.id === id && i.actor.username === 'carol'));
    const items = (await feedOf('bob', { first: 100 })).nodes.filter((i) => i.subject.id === id);
    expect(items.map((i) => [i.kind, i.actor.username])).toEqual([
      ['PAGE_UPDATED', 'carol'],
      ['PAGE_CREATED', 'alice'],
    ]);
  });

  it('holds a person to 5,000 followed people and spaces (each is a source the Following feed reads)', async () => {
    const heavy = await person('heavy');
    await api.dataSource.query(
      `INSERT INTO follow (user_id, subject_type, subject_id)
       SELECT (SELECT id FROM app_user WHERE username = $1), 'User', gen_random_uuid() FROM generate_series(1, 5000)`,
      [heavy],
    );
    expect(errorOf(await gqlAs(heavy, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: await userId('alice') }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await gqlAs<{ user: { followedByMe: boolean } }>(heavy, '{ user(username: "alice") { followedByMe } }')).data?.user.followedByMe).toBe(false);
    // Pages and proposals do not count.
    const page = await as<{ createPage: { id: string } }>('alice', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', { i: { spaceId: team.id, title: 'Watched', body: 'x' } });
    expect((await gqlAs(heavy, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: page.data!.createPage.id })).errors).toBeUndefined();
    // The Following feed still answers (5,000 sources, one index probe each).
    expect((await feedOf(heavy, { filter: { following: true } })).nodes).toEqual([]);
  });

  it('refuses bad input naming the field', async () => {
    expect(errorOf(await as('bob', FEED, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await as('bob', FEED, { after: 'not-a-cursor!' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await as('bob', FEED, { filter: { spaceId: 'nope' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'filter.spaceId' });
    expect(errorOf(await as('bob', '{ user(username: "nobody-at-all") { id } }'))).toMatchObject({ code: 'NOT_FOUND', field: 'username' });
  });

  it('a profile lists the person’s spaces and recent pages the reader may see', async () => {
    const page = await as<{ createPage: { id: string } }>('carol', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }', {
      i: { spaceId: secret.id, title: 'Private page of carol', body: 'x' },
    });
    const q = '{ user(username: "carol") { username displayName roles spaces { key } recentPages(first: 50) { id title } } }';
    const forBob = await as<{ user: { spaces: { key: string }[]; recentPages: { id: string }[] } }>('bob', q);
    expect(forBob.data?.user.spaces.map((s) => s.key)).toContain(team.key);
    expect(forBob.data?.user.spaces.map((s) => s.key)).not.toContain(secret.key);
    expect(forBob.data?.user.recentPages.map((p) => p.id)).not.toContain(page.data!.createPage.id);
    const forAlice = await as<{ user: { spaces: { key: string }[]; recentPages: { id: string }[] } }>('alice', q);
    expect(forAlice.data?.user.spaces.map((s) => s.key)).toEqual(expect.arrayContaining([team.key, secret.key]));
    expect(forAlice.data?.user.recentPages.map((p) => p.id)).toContain(page.data!.createPage.id);
  });

  it('feedItemAdded over a real WebSocket: what the subscriber may read, live; never a private space’s item to a non-member', async () => {
    const received: Item[] = [];
    const receivedFollowing: Item[] = [];
    const connect = async (username: string) => {
      const client = createClient({
        url: `${api.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${tokens.get(username) ?? (await api.token(username))}` },
      });
      clients.push(client);
      return client;
    };
    const before = api.app.get(PubSub).listenerCount(FEED_ITEM_ADDED);
    // A fresh person: no spaces, follows nobody (the demo's bob follows carol).
    const listener = await person('listener');
    const bob = await connect(listener);
    bob.subscribe<{ feedItemAdded: Item }>({ query: `subscription { feedItemAdded { ${ITEM} } }` }, { next: (r) => r.data && received.push(r.data.feedItemAdded), error: () => undefined, complete: () => undefined });
    bob.subscribe<{ feedItemAdded: Item }>(
      { query: `subscription { feedItemAdded(filter: { following: true }) { ${ITEM} } }` },
      { next: (r) => r.data && receivedFollowing.push(r.data.feedItemAdded), error: () => undefined, complete: () => undefined },
    );
    await until('both subscriptions', async () => api.app.get(PubSub).listenerCount(FEED_ITEM_ADDED) >= before + 2 || null);

    const hidden = await buildPost(as, 'carol', { body: 'members only, live', spaceId: secret.id });
    const draft = await as<{ createBlogPost: { id: string } }>('carol', 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', { i: { title: 'Draft', body: 'x' } });
    const mention = await buildPost(as, 'carol', { body: 'Hey @bob, look #Live' });
    await until('the public post', async () => received.some((i) => i.subject.id === mention.id) || null);
    expect(received.find((i) => i.subject.id === mention.id)).toMatchObject({ kind: 'POST_CREATED', actor: { username: 'carol' } });
    expect(received.map((i) => i.subject.id)).not.toContain(hidden.id);
    expect(received.map((i) => i.subject.id)).not.toContain(draft.data!.createBlogPost.id);
    // The listener follows neither carol nor #live: their Following subscription skips it and gets their own next post.
    const mine = (await gqlAs<{ createPost: { id: string } }>(listener, 'mutation { createPost(input: { body: "my own, live" }) { id } }')).data!.createPost;
    await until('the listener’s own post on Following', async () => receivedFollowing.some((i) => i.subject.id === mine.id) || null);
    expect(receivedFollowing.map((i) => i.subject.id)).toEqual([mine.id]);

    await as('carol', 'mutation($id: ID!) { publishBlogPost(id: $id) { id } }', { id: draft.data!.createBlogPost.id });
    await until('the published blog post', async () => received.some((i) => i.subject.id === draft.data!.createBlogPost.id) || null);
  });
});

function asUserOf(api: TestApi): As {
  return async (username, query, variables) => api.gql(await api.token(username), query, variables);
}
