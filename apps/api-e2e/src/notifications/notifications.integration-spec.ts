import type { PublishedEvent } from '@pnyx/api/core/events';
import { PubSub } from '@pnyx/api/core/realtime';
import { ClosingSoonReminder, CLOSING_SOON_TASK, NOTIFICATION_ADDED, NotificationsConsumer } from '@pnyx/api/notifications';
import { decodeId, encodeId } from '@pnyx/shared/contracts';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { propose, vote, type As } from '../decisions/decision-factories';
import { buildPost } from '../posts/post-factories';
import { buildSpace, uniqueKey, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';
import { tokenMinter } from '../support/tokens';

const NOTE = `id kind read path title createdAt actor { username } subject { __typename id }`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
  nodes { ${NOTE} } pageInfo { hasNextPage endCursor } unreadCount } }`;
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

interface Note {
  id: string;
  kind: string;
  read: boolean;
  path: string;
  title: string;
  createdAt: string;
  actor: { username: string } | null;
  subject: { __typename: string; id: string } | null;
}
interface Notes {
  nodes: Note[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  unreadCount: number;
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

const uuid = (globalId: string) => decodeId(globalId)!.id;

describe('notifications: the bell', () => {
  let api: TestApi;
  let mint: (username: string) => Promise<string>;
  const tokens = new Map<string, string>();
  const clients: Client[] = [];

  const as: As = async (username, query, variables) => api.gql(tokens.get(username) ?? (await api.token(username)), query, variables);
  /** A fresh person: no spaces, no follows, no notifications (isolated from the demo data and the other suites). */
  const person = async (name: string) => {
    const username = `${name}-${uniqueKey('n').toLowerCase()}`;
    tokens.set(username, await mint(username));
    await as(username, '{ me { id } }');
    return username;
  };
  const listOf = async (username: string, variables: Record<string, unknown> = {}): Promise<Notes> => {
    const result = await as<{ notifications: Notes }>(username, LIST, { first: 100, ...variables });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.notifications;
  };
  /** The notifications `username` has about one subject (or whose path names it). */
  const about = async (username: string, id: string) => (await listOf(username)).nodes.filter((n) => n.subject?.id === id || n.path.includes(id));
  const waitFor = (username: string, id: string, kind: string) =>
    until(`${kind} about ${id} for ${username}`, async () => (await about(username, id)).find((n) => n.kind === kind));
  const userId = async (username: string) => (await as<{ user: { id: string } }>(username, 'query($u: String!) { user(username: $u) { id } }', { u: username })).data!.user.id;
  const space = (owner: string, members: string[], visibility: 'PUBLIC' | 'PRIVATE' = 'PUBLIC'): Promise<BuiltSpace> => buildSpace(api, { owner, members, visibility });

  beforeAll(async () => {
    api = await startTestApi();
    mint = await tokenMinter(api);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
  });

  it('MENTION: the person mentioned, with actor, subject, deep link and title; never the author for mentioning themselves', async () => {
    const mentioned = await person('mentioned');
    const post = await buildPost(as, 'carol', { body: `Hello @${mentioned} and @carol, please look at the **release plan**` });
    const note = await waitFor(mentioned, post.id, 'MENTION');
    expect(note).toMatchObject({ read: false, actor: { username: 'carol' }, subject: { __typename: 'Post', id: post.id }, path: `/posts/${post.id}` });
    expect(note.title).toContain('release plan');
    expect(await about('carol', post.id)).toEqual([]);

    // An edit that mentions someone new notifies only them.
    const later = await person('later');
    const edited = await as('carol', 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', {
      i: { id: post.id, body: `Hello @${mentioned}, @${later} and @carol` },
    });
    expect(edited.errors).toBeUndefined();
    await waitFor(later, post.id, 'MENTION');
    expect((await about(mentioned, post.id)).map((n) => n.kind)).toEqual(['MENTION']);
  });

  it('REPLY: the author of the post replied to (one notification, also when mentioned); not for replying to oneself', async () => {
    const author = await person('author');
    const post = await buildPost(as, author, { body: 'What do you think?' });
    const own = await buildPost(as, author, { body: 'Adding to myself', replyToId: post.id });
    const reply = await buildPost(as, 'carol', { body: `Good question @${author}`, replyToId: post.id });
    const note = await waitFor(author, reply.id, 'REPLY');
    expect(note).toMatchObject({ actor: { username: 'carol' }, subject: { __typename: 'Post', id: reply.id }, path: `/posts/${reply.id}` });
    expect((await about(author, reply.id)).map((n) => n.kind)).toEqual(['REPLY']);
    expect(await about(author, own.id)).toEqual([]);
  });

  it('COMMENT: the author of the page commented on, deep-linked to the comment; not for commenting on one’s own page', async () => {
    const writer = await person('writer');
    const team = await space('alice', [writer]);
    const page = await as<{ createPage: { id: string; slug: string } }>(writer, 'mutation($i: CreatePageInput!) { createPage(input: $i) { id slug } }', {
      i: { spaceId: team.id, title: 'Onboarding guide', body: 'Steps' },
    });
    expect(page.errors).toBeUndefined();
    const { id: pageId, slug } = page.data!.createPage;
    const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
    const mine = await as<{ addComment: { id: string } }>(writer, ADD, { i: { subjectId: pageId, body: 'my own note' } });
    const comment = await as<{ addComment: { id: string } }>('bob', ADD, { i: { subjectId: pageId, body: 'Great guide' } });
    const commentId = comment.data!.addComment.id;
    const note = await waitFor(writer, commentId, 'COMMENT');
    expect(note).toMatchObject({
      actor: { username: 'bob' },
      subject: { __typename: 'Comment', id: commentId },
      path: `/s/${team.key}/${slug}#comment-${commentId}`,
      title: 'Onboarding guide',
    });
    expect(await about(writer, mine.data!.addComment.id)).toEqual([]);
  });

  it('COMMENT on a post, a published blog post and a proposal: each links to its own route with the comment', async () => {
    const owner = await person('owner');
    const team = await space('alice', [owner]);
    const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
    const post = await buildPost(as, owner, { body: 'A post to discuss' });
    const blog = await as<{ createBlogPost: { id: string } }>(owner, 'mutation($i: CreateBlogPostInput!) { createBlogPost(input: $i) { id } }', {
      i: { title: 'Quarterly notes', body: 'Numbers', publish: true },
    });
    expect(blog.errors).toBeUndefined();
    const proposal = await propose(as, owner, team.id, { title: 'Discuss me' });
    const cases: [string, string, string][] = [
      [post.id, `/posts/${post.id}`, 'A post to discuss'],
      [blog.data!.createBlogPost.id, `/blog/${blog.data!.createBlogPost.id}`, 'Quarterly notes'],
      [proposal.id, `/decisions/${proposal.id}`, 'Discuss me'],
    ];
    for (const [subjectId, route, title] of cases) {
      const comment = await as<{ addComment: { id: string } }>('bob', ADD, { i: { subjectId, body: 'A thought' } });
      expect(comment.errors).toBeUndefined();
      const id = comment.data!.addComment.id;
      expect(await waitFor(owner, id, 'COMMENT')).toMatchObject({ path: `${route}#comment-${id}`, title, subject: { __typename: 'Comment', id } });
    }
  });

  it('VOTE_REQUESTED to the eligible voters when a proposal opens, not to its author nor to non-members', async () => {
    const [v1, v2, outsider] = [await person('voter'), await person('voter'), await person('outsider')];
    const team = await space('alice', [v1, v2]);
    const p = await propose(as, 'alice', team.id, { title: 'Adopt notifications' });
    for (const v of [v1, v2]) {
      expect(await waitFor(v, p.id, 'VOTE_REQUESTED')).toMatchObject({ actor: { username: 'alice' }, path: `/decisions/${p.id}#vote`, title: 'Adopt notifications' });
    }
    expect(await about('alice', p.id)).toEqual([]);
    expect(await about(outsider, p.id)).toEqual([]);
  });

  it('ADVICE_REQUESTED to the advisors named (instead of VOTE_REQUESTED); the other members are asked to vote', async () => {
    const [advisor, member] = [await person('advisor'), await person('member')];
    const team = await space('alice', [advisor, member]);
    const p = await propose(as, 'alice', team.id, { process: 'ADVICE', advisorUsernames: [advisor] });
    await waitFor(advisor, p.id, 'ADVICE_REQUESTED');
    await waitFor(member, p.id, 'VOTE_REQUESTED');
    expect((await about(advisor, p.id)).map((n) => n.kind)).toEqual(['ADVICE_REQUESTED']);
  });

  it('PROPOSAL_CLOSED to those who voted and those who follow it; not to a member who did not vote, nor to who closed it', async () => {
    const [voter, silent, follower] = [await person('voter'), await person('silent'), await person('follower')];
    const team = await space('alice', [voter, silent]);
    const p = await propose(as, 'alice', team.id, { title: 'Close me' });
    expect((await vote(as, voter, p, 'consent')).errors).toBeUndefined();
    expect((await as(follower, 'mutation($id: ID!) { follow(subjectId: $id) }', { id: p.id })).errors).toBeUndefined();
    const closed = await as('alice', 'mutation($i: CloseProposalInput!) { closeProposal(input: $i) { status } }', { i: { id: p.id } });
    expect(closed.errors).toBeUndefined();
    for (const u of [voter, follower]) expect(await waitFor(u, p.id, 'PROPOSAL_CLOSED')).toMatchObject({ actor: { username: 'alice' }, path: `/decisions/${p.id}` });
    expect((await about(silent, p.id)).map((n) => n.kind)).toEqual(['VOTE_REQUESTED']);
    expect(await about('alice', p.id)).toEqual([]);
  });

  it('PAGE_UPDATED to the page’s watchers, not to the editor', async () => {
    const watcher = await person('watcher');
    const team = await space('alice', []);
    const page = await as<{ createPage: { id: string; slug: string } }>('alice', 'mutation($i: CreatePageInput!) { createPage(input: $i) { id slug } }', {
      i: { spaceId: team.id, title: 'Runbook', body: 'v1' },
    });
    const { id, slug } = page.data!.createPage;
    await as(watcher, 'mutation($id: ID!) { follow(subjectId: $id) }', { id });
    await as('alice', 'mutation($id: ID!) { follow(subjectId: $id) }', { id });
    await as('alice', 'mutation($i: UpdatePageInput!) { updatePage(input: $i) { id } }', { i: { id, baseVersion: 1, body: 'v2' } });
    expect(await waitFor(watcher, id, 'PAGE_UPDATED')).toMatchObject({ actor: { username: 'alice' }, subject: { __typename: 'Page', id }, path: `/s/${team.key}/${slug}` });
    expect(await about('alice', id)).toEqual([]);
  });

  it('never about something the recipient cannot see: a mention of a non-member inside a private space writes nothing for them', async () => {
    const [member, stranger] = [await person('member'), await person('stranger')];
    const secret = await space('alice', [member, 'carol'], 'PRIVATE');
    const post = await buildPost(as, 'carol', { body: `Members only: @${member} @${stranger}`, spaceId: secret.id });
    // Both are decided in the same statement: once the member has theirs, the stranger's would be there too.
    await waitFor(member, post.id, 'MENTION');
    expect(await about(stranger, post.id)).toEqual([]);
    const strangerId = uuid(await userId(stranger));
    // The event names the stranger (the post mentions them); the consumer's visibility test leaves them out.
    const [event] = await api.dataSource.query(`SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'post.created'`, [uuid(post.id)]);
    expect(event.payload.mentionedUserIds).toContain(strangerId);
    const [row] = await api.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND recipient_id = $2', [uuid(post.id), strangerId]);
    expect(row.n).toBe(0);
  });

  it('shows a notification only while its reader may still read the space: a space that becomes private hides it from a non-member, list and count', async () => {
    const reader = await person('reader');
    const open = await space('alice', ['carol']);
    const post = await buildPost(as, 'carol', { body: `Have a look, @${reader}`, spaceId: open.id });
    await waitFor(reader, post.id, 'MENTION');
    const before = await listOf(reader);
    expect(before.unreadCount).toBe(1);

    // No mutation makes a space private yet; what the rule must survive is the space changing under it.
    await api.dataSource.query(`UPDATE space SET visibility = 'PRIVATE' WHERE id = $1`, [uuid(open.id)]);
    const after = await listOf(reader);
    expect(after.nodes.filter((n) => n.path.includes(post.id))).toEqual([]);
    expect(after.unreadCount).toBe(0);
    // Made a member, they may read the space again, and the notification is back.
    await as('alice', 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', { input: { spaceId: open.id, username: reader, role: 'MEMBER' } });
    expect((await about(reader, post.id)).map((n) => n.kind)).toEqual(['MENTION']);
    expect((await listOf(reader)).unreadCount).toBe(1);
  });

  it('no duplicates: the same event delivered twice (retry, second process) writes and announces nothing more', async () => {
    const mentioned = await person('twice');
    const post = await buildPost(as, 'carol', { body: `Once only, @${mentioned}` });
    await waitFor(mentioned, post.id, 'MENTION');
    const [row] = await api.dataSource.query(
      `SELECT id::text AS id, type, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", space_id AS "spaceId", actor_id AS "actorId", payload, occurred_at AS "occurredAt"
         FROM outbox_event WHERE aggregate_id = $1 AND type = 'post.created'`,
      [uuid(post.id)],
    );
    const consumer = api.app.get(NotificationsConsumer);
    await Promise.all([consumer.handle(row as PublishedEvent), consumer.handle(row as PublishedEvent)]);
    expect((await about(mentioned, post.id)).map((n) => n.kind)).toEqual(['MENTION']);
  });

  it('lists newest first with cursors and the unread count; markNotificationsRead marks own ones by id, or all, and says how many changed', async () => {
    const reader = await person('reader');
    const other = await person('other');
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push(await buildPost(as, 'carol', { body: `Note ${i} for @${reader} and @${other}` }));
    await waitFor(reader, posts[2].id, 'MENTION');
    await until('all three', async () => (await listOf(reader)).nodes.length === 3 || null);
    const all = await listOf(reader);
    expect(all.nodes.map((n) => n.subject?.id)).toEqual(posts.map((p) => p.id).reverse());
    expect(all.unreadCount).toBe(3);
    const first = await listOf(reader, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await listOf(reader, { first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    expect(second.pageInfo.hasNextPage).toBe(false);

    await waitFor(other, posts[2].id, 'MENTION');
    const theirs = (await listOf(other)).nodes[0].id;
    // Own id, someone else's id (ignored) and an unknown one (ignored).
    const unknown = encodeId('Notification', '00000000-0000-4000-8000-000000000000');
    expect((await as<{ markNotificationsRead: number }>(reader, MARK, { ids: [all.nodes[0].id, theirs, unknown] })).data?.markNotificationsRead).toBe(1);
    expect((await as<{ markNotificationsRead: number }>(reader, MARK, { ids: [all.nodes[0].id] })).data?.markNotificationsRead).toBe(0);
    expect((await listOf(other)).unreadCount).toBe(3);
    const unread = await listOf(reader, { unreadOnly: true });
    expect(unread.nodes.map((n) => n.id)).toEqual(all.nodes.slice(1).map((n) => n.id));
    expect(unread.unreadCount).toBe(2);
    expect((await as<{ markNotificationsRead: number }>(reader, MARK, { ids: [] })).data?.markNotificationsRead).toBe(0);
    expect((await as<{ markNotificationsRead: number }>(reader, MARK)).data?.markNotificationsRead).toBe(2);
    expect(await listOf(reader)).toMatchObject({ unreadCount: 0 });
    expect((await listOf(reader)).nodes.every((n) => n.read)).toBe(true);
    expect((await listOf(other)).unreadCount).toBe(3);

    // A notification is a node only for its recipient.
    const NODE = 'query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }';
    expect((await as<{ node: { kind: string } }>(reader, NODE, { id: all.nodes[0].id })).data?.node).toEqual({ id: all.nodes[0].id, kind: 'MENTION' });
    const foreign = await as<{ node: unknown }>(other, NODE, { id: all.nodes[0].id });
    expect(foreign.data?.node ?? null).toBeNull();
  });

  it('notificationAdded over a real WebSocket reaches only its recipient', async () => {
    const [a, b] = [await person('sub-a'), await person('sub-b')];
    const received = new Map<string, Note[]>([
      [a, []],
      [b, []],
    ]);
    const pubSub = api.app.get(PubSub);
    const before = pubSub.listenerCount(NOTIFICATION_ADDED);
    for (const username of [a, b]) {
      const client = createClient({
        url: `${api.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${tokens.get(username)}` },
      });
      clients.push(client);
      client.subscribe<{ notificationAdded: Note }>(
        { query: `subscription { notificationAdded { ${NOTE} } }` },
        { next: (r) => r.data && received.get(username)!.push(r.data.notificationAdded), error: () => undefined, complete: () => undefined },
      );
    }
    await until('both subscriptions', async () => pubSub.listenerCount(NOTIFICATION_ADDED) >= before + 2 || null);
    const toA = await buildPost(as, 'carol', { body: `Live for @${a}` });
    await until('a’s notification', async () => received.get(a)!.length > 0 || null);
    expect(received.get(a)).toMatchObject([{ kind: 'MENTION', actor: { username: 'carol' }, subject: { id: toA.id }, read: false }]);
    const toB = await buildPost(as, 'carol', { body: `Live for @${b}` });
    await until('b’s notification', async () => received.get(b)!.length > 0 || null);
    expect(received.get(b)!.map((n) => n.subject?.id)).toEqual([toB.id]);
    expect(received.get(a)!.map((n) => n.subject?.id)).toEqual([toA.id]);
  });

  it('PROPOSAL_CLOSING_SOON: a keyed job a day before the close; each eligible voter who has not voted gets exactly one, voters none, re-runs change nothing', async () => {
    const [voter, s1, s2] = [await person('voter'), await person('silent'), await person('silent')];
    const team = await space('alice', [voter, s1, s2]);
    const p = await propose(as, 'alice', team.id, { title: 'Soon closing', closesAt: new Date(Date.now() + 72 * 3600_000).toISOString() });
    const id = uuid(p.id);
    const key = `${CLOSING_SOON_TASK}:${id}`;
    const job = await until('the keyed job', async () => (await api.dataSource.query('SELECT run_at FROM graphile_worker.jobs WHERE key = $1', [key]))[0] as { run_at: Date } | undefined);
    expect(Math.abs(new Date(job.run_at).getTime() - (new Date(p.closesAt).getTime() - 24 * 3600_000))).toBeLessThan(1_000);
    expect((await vote(as, voter, p, 'consent')).errors).toBeUndefined();

    // Time passes: the proposal now closes within the day; scheduling again runs the job at once.
    await api.dataSource.query(`UPDATE proposal SET closes_at = now() + interval '2 hours' WHERE id = $1`, [id]);
    const reminder = api.app.get(ClosingSoonReminder);
    await reminder.schedule(id);
    for (const u of [s1, s2]) expect(await waitFor(u, p.id, 'PROPOSAL_CLOSING_SOON')).toMatchObject({ actor: null, path: `/decisions/${p.id}#vote`, title: 'Soon closing' });
    expect(await reminder.remind(id)).toBe(0);
    expect(await reminder.remind(id)).toBe(0);
    await reminder.schedule(id);
    await until('the job to finish', async () => (await api.dataSource.query('SELECT 1 FROM graphile_worker.jobs WHERE key = $1', [key])).length === 0 || null);
    const counts = await api.dataSource.query(
      `SELECT u.username, count(n.id)::int AS n FROM app_user u LEFT JOIN notification n ON n.recipient_id = u.id AND n.subject_id = $1 AND n.kind = 'PROPOSAL_CLOSING_SOON'
        WHERE u.username = ANY($2) GROUP BY u.username`,
      [id, [voter, s1, s2]],
    );
    expect(Object.fromEntries(counts.map((r: { username: string; n: number }) => [r.username, r.n]))).toEqual({ [voter]: 0, [s1]: 1, [s2]: 1 });

    // Withdrawn: the job goes away (and would do nothing).
    const other = await propose(as, 'alice', team.id, { title: 'Withdraw me' });
    const otherKey = `${CLOSING_SOON_TASK}:${uuid(other.id)}`;
    await until('its job', async () => (await api.dataSource.query('SELECT 1 FROM graphile_worker.jobs WHERE key = $1', [otherKey])).length > 0 || null);
    expect((await as('alice', 'mutation($id: ID!) { withdrawProposal(id: $id) { status } }', { id: other.id })).errors).toBeUndefined();
    await until('its job to go', async () => (await api.dataSource.query('SELECT 1 FROM graphile_worker.jobs WHERE key = $1', [otherKey])).length === 0 || null);
    expect(await reminder.remind(uuid(other.id))).toBe(0);
  });

  it('refuses bad input naming the field', async () => {
    const code = (r: GqlResult<unknown>) => errorOf(r);
    expect(code(await as('bob', MARK, { ids: ['not-an-id'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(code(await as('bob', MARK, { ids: [encodeId('Post', '00000000-0000-4000-8000-000000000000')] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const many = Array.from({ length: 101 }, () => encodeId('Notification', '00000000-0000-4000-8000-000000000000'));
    expect(code(await as('bob', MARK, { ids: many }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(code(await as('bob', LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(code(await as('bob', LIST, { after: 'not-a-cursor!' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(code(await api.gql(null, LIST))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
