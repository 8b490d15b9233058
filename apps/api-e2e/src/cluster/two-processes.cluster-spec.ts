import { createFreshDatabase, type FreshDatabase } from '@pnyx/api/core/testing';
import { decodeId } from '@pnyx/shared/contracts';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { demoTokens, gqlCaller, REDIS_URL, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';

/** Guards against a hung step, not claims about speed (a busy 2-core machine runs both processes and PostgreSQL). */
const WAIT = { timeout: 60_000, interval: 50 };

const uuid = (globalId: string): string => {
  const decoded = decodeId(globalId);
  if (!decoded) throw new Error(`not a global id: ${globalId}`);
  return decoded.id;
};

describe('two API processes on one database and one Redis', () => {
  let db: FreshDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let admin: pg.Client;
  let redis: Redis;
  const sockets: Client[] = [];

  /** The demo users' tokens, from A's identity provider (B trusts them too). */
  const token = demoTokens(() => a.issuer);
  const as = gqlCaller(token);
  const count = async (sql: string, params: unknown[]): Promise<number> => (await admin.query(sql, params)).rows[0].n as number;
  /** Nothing left to do: every outbox event relayed and every delivery and close job done (on either process). */
  const settled = async (): Promise<boolean> =>
    (await count(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`, [])) === 0 &&
    (await count(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier IN ('deliver-event', 'close-proposal')`, [])) === 0;

  beforeAll(async () => {
    db = await createFreshDatabase('pnyx_two');
    // A migrates and runs the embedded identity provider; B trusts A's tokens (the signing keys live in the shared database).
    a = await startApiProcess({ DATABASE_URL: db.url, REDIS_URL, RATE_LIMIT_ENABLED: 'false' });
    b = await startApiProcess({ DATABASE_URL: db.url, REDIS_URL, RATE_LIMIT_ENABLED: 'false', OIDC_ISSUER_URL: a.issuer });
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    redis = new Redis(REDIS_URL);
    // Every demo user's row exists (synced at their first request) before anyone mentions or adds them.
    for (const username of ['alice', 'bob', 'carol']) await as(b, username, '{ spaces { key } }');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    redis?.disconnect();
    await admin?.end().catch(() => undefined);
    await stopAllApiProcesses();
    await db?.drop();
  });

  it('delivers a mention written through B to its subscriber on A, and writes the notification once', async () => {
    const received: { id: string; kind: string }[] = [];
    let errored: unknown;
    const socket = createClient({
      url: `${a.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${await token('bob')}` },
    });
    sockets.push(socket);
    socket.subscribe<{ notificationAdded: { id: string; kind: string } }>(
      { query: 'subscription { notificationAdded { id kind } }' },
      { next: (r) => r.data && received.push(r.data.notificationAdded), error: (e) => (errored = e), complete: () => undefined },
    );
    // Live once A has subscribed to the topic's channel in Redis (the channel is named after the database).
    const channel = `pnyx:${db.name}:notification.added`;
    await expect.poll(async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1], WAIT).toBe(1);

    const { createPost } = await as<{ createPost: { id: string } }>(b, 'alice', 'mutation($body: String!) { createPost(input: { body: $body }) { id } }', { body: 'Two processes, one mention: @bob' });
    const postId = uuid(createPost.id);

    await expect.poll(() => received.length, WAIT).toBe(1);
    expect(errored).toBeUndefined();
    expect(received[0].kind).toBe('MENTION');

    // The same delivery again on whichever process takes it (a retry, a second worker): nothing more is written or sent.
    const [{ id: eventId }] = (await admin.query(`SELECT id FROM outbox_event WHERE type = 'post.created' AND aggregate_id = $1`, [postId])).rows;
    for (let i = 0; i < 4; i++) {
      await admin.query(`SELECT graphile_worker.add_job('deliver-event', json_build_object('consumer', 'notifications', 'eventId', $1::text))`, [String(eventId)]);
    }
    await expect.poll(settled, WAIT).toBe(true);
    const rows = await count(`SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND kind = 'MENTION'`, [postId]);
    process.stdout.write(`[two-processes] mention through B: ${received.length} message(s) on A's socket, ${rows} notification row(s)\n`);
    expect(rows).toBe(1);
    expect(received).toHaveLength(1);
    expect(uuid(received[0].id)).toBe((await admin.query(`SELECT id FROM notification WHERE subject_id = $1`, [postId])).rows[0].id);
  });

  it('delivers a post written through A to a feedItemAdded subscriber on B, once', async () => {
    const received: { kind: string; subject: { __typename: string; id?: string } }[] = [];
    const socket = createClient({
      url: `${b.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${await token('carol')}` },
    });
    sockets.push(socket);
    socket.subscribe<{ feedItemAdded: (typeof received)[number] }>(
      { query: 'subscription { feedItemAdded { kind subject { __typename ... on Post { id } } } }' },
      { next: (r) => r.data && received.push(r.data.feedItemAdded), error: () => undefined, complete: () => undefined },
    );
    await expect.poll(async () => ((await redis.pubsub('NUMSUB', `pnyx:${db.name}:feed.item_added`)) as [string, number])[1], WAIT).toBe(1);

    const { createPost } = await as<{ createPost: { id: string } }>(a, 'alice', 'mutation { createPost(input: { body: "Written through A, read live on B" }) { id } }');
    await expect.poll(() => received.filter((r) => r.subject.id === createPost.id).length, WAIT).toBe(1);
    await expect.poll(settled, WAIT).toBe(true);
    expect(received.filter((r) => r.subject.id === createPost.id)).toEqual([{ kind: 'POST_CREATED', subject: { __typename: 'Post', id: createPost.id } }]);
  });

  it('closes a proposal that comes due exactly once while both processes run close jobs', async () => {
    const { createSpace } = await as<{ createSpace: { id: string } }>(a, 'alice', 'mutation { createSpace(input: { key: "TWO", name: "Two processes", visibility: PUBLIC }) { id } }');
    for (const username of ['bob', 'carol']) {
      await as(a, 'alice', 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', { input: { spaceId: createSpace.id, username, role: 'MEMBER' } });
    }
    const closesAt = new Date(Date.now() + 72 * 3600_000).toISOString();
    const { createProposal } = await as<{ createProposal: { id: string; options: { id: string; code: string | null }[] } }>(
      b,
      'carol',
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id code } } }',
      { input: { spaceId: createSpace.id, title: 'Run two replicas', description: 'Both close jobs race.', process: 'MAJORITY', closesAt } },
    );
    const yes = createProposal.options.find((o) => o.code === 'yes')?.id;
    await as(a, 'bob', 'mutation($input: CastVoteInput!) { castVote(input: $input) { id } }', { input: { proposalId: createProposal.id, optionId: yes } });
    await as(b, 'alice', 'mutation($input: CastVoteInput!) { castVote(input: $input) { id } }', { input: { proposalId: createProposal.id, optionId: yes } });
    const id = uuid(createProposal.id);

    // The deadline comes: the keyed close job runs now, and so do three duplicates, for both processes' workers to race.
    await admin.query(`UPDATE proposal SET closes_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await admin.query(`SELECT graphile_worker.add_job('close-proposal', json_build_object('proposalId', $1::text), job_key => $2, run_at => now())`, [id, `close-proposal:${id}`]);
    for (let i = 0; i < 3; i++) await admin.query(`SELECT graphile_worker.add_job('close-proposal', json_build_object('proposalId', $1::text))`, [id]);

    const status = async () => (await as<{ proposal: { status: string } }>(a, 'bob', 'query($id: ID!) { proposal(id: $id) { status } }', { id: createProposal.id })).proposal.status;
    await expect.poll(status, WAIT).toBe('CLOSED');
    await expect.poll(settled, WAIT).toBe(true);

    const records = await count(`SELECT count(*)::int AS n FROM decision_record WHERE proposal_id = $1`, [id]);
    const events = await count(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'proposal.closed' AND aggregate_id = $1`, [id]);
    const perRecipient = (
      await admin.query(
        `SELECT u.username, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_id
          WHERE n.subject_id = $1 AND n.kind = 'PROPOSAL_CLOSED' GROUP BY u.username ORDER BY u.username`,
        [id],
      )
    ).rows as { username: string; n: number }[];
    process.stdout.write(`[two-processes] close: ${records} decision record(s), ${events} proposal.closed event(s), PROPOSAL_CLOSED per recipient ${JSON.stringify(perRecipient)}\n`);
    expect({ records, events }).toEqual({ records: 1, events: 1 });
    // The voters are told, once each.
    expect(perRecipient).toEqual([
      { username: 'alice', n: 1 },
      { username: 'bob', n: 1 },
    ]);
    // Both processes still serve.
    for (const api of [a, b]) expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
