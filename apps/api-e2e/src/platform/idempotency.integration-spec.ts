import { randomBytes } from 'node:crypto';
import { IDEMPOTENCY_CLEANUP_TASK, requestFingerprint } from '@pnyx/api/core/idempotency';
import { JobQueue } from '@pnyx/api/core/jobs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@pnyx/api/core/database';
import { startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const CREATE_POST = 'mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { id body author { username } } }';

interface Sent {
  status: number;
  replayed: string | null;
  text: string;
  body: GqlResult<{ createPost: { id: string; body: string } }>;
}

/** A fresh key and a post body no other test uses. */
const fresh = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;

/** The API under test: each describe below boots its own (they run one after the other) and the helpers use it. */
let api: TestApi;

/** POST /graphql with an Idempotency-Key (when given); the raw text too, to compare replays byte for byte. */
async function send(token: string, key: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Sent> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key === null ? {} : { 'idempotency-key': key }) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, replayed: response.headers.get('idempotency-replayed'), text, body: JSON.parse(text) };
}

const createPost = (token: string, key: string | null, body: string) => send(token, key, CREATE_POST, { input: { body } });
const postsWithBody = async (body: string): Promise<number> =>
  (await api.dataSource.query('SELECT count(*)::int AS n FROM post WHERE body = $1', [body]))[0].n;
const keyRows = async (key: string): Promise<{ response: unknown }[]> => api.dataSource.query('SELECT response FROM idempotency_key WHERE key = $1', [key]);
const userId = async (username: string): Promise<string> =>
  (await api.dataSource.query('SELECT id FROM app_user WHERE username = $1', [username]))[0].id;

describe('Idempotency-Key on mutations (PostgreSQL server)', () => {
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    api = await startTestApi();
    alice = await api.token('alice');
    bob = await api.token('bob');
  });
  afterAll(() => api?.close());

  it('runs a mutation once: the retry gets the first response again, marked replayed, and writes nothing', async () => {
    const key = fresh('retry');
    const body = fresh('once');
    const first = await createPost(alice, key, body);
    expect(first.body.data?.createPost.body).toBe(body);
    expect(first.replayed).toBeNull();

    const second = await createPost(alice, key, body);
    expect(second.status).toBe(first.status);
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await postsWithBody(body)).toBe(1);
    expect(await keyRows(key)).toEqual([{ response: JSON.parse(first.text) }]);
  });

  it('writes once for 10 concurrent requests with one key; the others get the replay or CONFLICT', async () => {
    const key = fresh('burst');
    const body = fresh('burst');
    const answers = await Promise.all(Array.from({ length: 10 }, () => createPost(alice, key, body)));
    expect(await postsWithBody(body)).toBe(1);

    const executed = answers.filter((a) => a.body.data?.createPost && a.replayed === null);
    const replays = answers.filter((a) => a.replayed === 'true');
    const conflicts = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(executed).toHaveLength(1);
    expect(replays.length + conflicts.length).toBe(9);
    for (const replay of replays) expect(replay.text).toBe(executed[0].text);
    for (const conflict of conflicts) {
      expect(conflict.body.data ?? null).toBeNull();
      expect(conflict.body.errors?.[0]).toMatchObject({
        message: 'This Idempotency-Key was already used for a request that is in progress or done',
        extensions: { code: 'CONFLICT', field: 'Idempotency-Key' },
      });
    }
  });

  it('lets only one of two requests that both got past the lookup commit: the other rolls back with CONFLICT', async () => {
    const key = fresh('race');
    const body = fresh('race');
    // Hold back every insert of a key until both requests are waiting to write theirs, each after its post.
    const lock = api.dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    let answers: Promise<Sent[]>;
    try {
      await lock.query('LOCK TABLE idempotency_key IN SHARE ROW EXCLUSIVE MODE');
      answers = Promise.all([createPost(alice, key, body), createPost(alice, key, body)]);
      await vi.waitFor(
        async () => {
          const [{ n }] = await api.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO idempotency_key%'`,
          );
          expect(n).toBe(2);
        },
        { timeout: 20_000, interval: 50 },
      );
    } finally {
      await lock.commitTransaction();
      await lock.release();
    }
    const [a, b] = await answers;
    const [won, lost] = a.body.data?.createPost ? [a, b] : [b, a];
    expect(won.body.data?.createPost.body).toBe(body);
    expect(lost.body.data ?? null).toBeNull();
    expect(lost.body.errors?.[0]).toMatchObject({
      message: 'This Idempotency-Key was already used for a request that is in progress or done',
      extensions: { code: 'CONFLICT', field: 'Idempotency-Key' },
    });
    expect(await postsWithBody(body)).toBe(1);
    expect(await keyRows(key)).toEqual([{ response: JSON.parse(won.text) }]);
  });

  it('refuses the same key with other variables as BAD_USER_INPUT naming Idempotency-Key, without writing', async () => {
    const key = fresh('reuse');
    const body = fresh('first');
    const other = fresh('other');
    await createPost(alice, key, body);
    const reused = await createPost(alice, key, other);
    expect(reused.replayed).toBeNull();
    expect(reused.body.errors?.[0]).toMatchObject({ message: 'This Idempotency-Key was used for a different request', extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' } });
    expect(await postsWithBody(other)).toBe(0);
    expect(await postsWithBody(body)).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'two words'],
    ['with a slash', 'a/b'],
    ['over 100 characters', 'k'.repeat(101)],
  ])('refuses a key %s as BAD_USER_INPUT and writes nothing', async (_name, key) => {
    const body = fresh('badkey');
    const result = await createPost(alice, key, body);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(result.status).toBe(400);
    expect(await postsWithBody(body)).toBe(0);
  });

  it('refuses variables nested 20,000 levels deep as BAD_USER_INPUT naming variables, before fingerprinting them, and writes nothing', async () => {
    const body = fresh('deep');
    // Written by hand: JSON.stringify itself cannot nest this deep.
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice}`, 'idempotency-key': fresh('deep') },
      body: `{"query":${JSON.stringify(CREATE_POST)},"variables":{"input":{"body":${JSON.stringify(body)}},"extra":${deep}}}`,
    });
    const text = await response.text();
    expect(JSON.parse(text).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
    expect(text).not.toMatch(/RangeError|stack|at .*\.js/);
    expect(await postsWithBody(body)).toBe(0);
  });

  it('accepts a key of exactly 100 allowed characters', async () => {
    const key = `${fresh('long')}_.:-`.padEnd(100, 'x');
    const body = fresh('longkey');
    const result = await createPost(alice, key, body);
    expect(result.body.data?.createPost.body).toBe(body);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it('stores nothing for a mutation refused with BAD_USER_INPUT: the corrected retry under the same key runs', async () => {
    const key = fresh('fix');
    const refused = await createPost(alice, key, '   ');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await keyRows(key)).toEqual([]);

    // The same bad request again is not answered from a store: it runs, and is refused again.
    const again = await createPost(alice, key, '   ');
    expect(again.replayed).toBeNull();
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    const body = fresh('fixed');
    const corrected = await createPost(alice, key, body);
    expect(corrected.replayed).toBeNull();
    expect(corrected.body.data?.createPost.body).toBe(body);
    expect(await postsWithBody(body)).toBe(1);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it("keeps each user's keys apart: another user's same key and request runs for them", async () => {
    const key = fresh('shared');
    const body = fresh('both');
    const byAlice = await createPost(alice, key, body);
    const byBob = await createPost(bob, key, body);
    expect(byBob.replayed).toBeNull();
    expect(byBob.body.data?.createPost).toMatchObject({ body, author: { username: 'bob' } });
    expect(byBob.body.data?.createPost.id).not.toBe(byAlice.body.data?.createPost.id);
    expect(await postsWithBody(body)).toBe(2);
  });

  it('costs a mutation three statements with a key (look-up, insert, store) and none without', async () => {
    const statements = async (key: string | null): Promise<number> => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alice}`, 'x-debug-statements': '1', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify({ query: CREATE_POST, variables: { input: { body: fresh('cost') } } }),
      });
      expect((await response.json()).data.createPost).toBeTruthy();
      return Number(response.headers.get('x-db-statements'));
    };
    await statements(null); // warm caches (user sync) before counting
    const without = await statements(null);
    expect(await statements(fresh('cost'))).toBe(without + 3);
    expect(await statements(null)).toBe(without);
  });

  it('keeps no key for an anonymous mutation: the auth guard answers as without the header', async () => {
    const key = fresh('anon');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ query: CREATE_POST, variables: { input: { body: fresh('anon') } } }),
    });
    const body = (await response.json()) as GqlResult<unknown>;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await keyRows(key)).toEqual([]);
  });

  it('leaves queries alone, whatever the header says', async () => {
    const query = 'query Me { me { username } }';
    for (const key of [fresh('query'), 'not a valid key!']) {
      for (let i = 0; i < 2; i++) {
        const result = await send(alice, key, query);
        expect(result.body).toEqual({ data: { me: { username: 'alice' } } });
        expect(result.replayed).toBeNull();
      }
      expect(await keyRows(key)).toEqual([]);
    }
  });

  it('leaves no key when the transaction fails at commit after the key was written, so the retry runs', async () => {
    const key = fresh('doomed');
    const body = fresh('doomed');
    // A deferred constraint trigger fails the COMMIT itself, after every statement (the key row's insert included) ran.
    await api.dataSource.query(`CREATE OR REPLACE FUNCTION idempotency_spec_doom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key LIKE 'doomed-%' THEN RAISE EXCEPTION 'doomed at commit'; END IF; RETURN NEW; END $$`);
    await api.dataSource.query(`CREATE CONSTRAINT TRIGGER idempotency_spec_doom AFTER INSERT ON idempotency_key
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION idempotency_spec_doom()`);
    try {
      const failed = await createPost(alice, key, body);
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(failed.text).not.toContain('doomed at commit');
    } finally {
      await api.dataSource.query('DROP TRIGGER idempotency_spec_doom ON idempotency_key');
      await api.dataSource.query('DROP FUNCTION idempotency_spec_doom()');
    }
    expect(await keyRows(key)).toEqual([]);
    expect(await postsWithBody(body)).toBe(0);

    const retry = await createPost(alice, key, body);
    expect(retry.replayed).toBeNull();
    expect(retry.body.data?.createPost.body).toBe(body);
    expect(await postsWithBody(body)).toBe(1);
  });

  it('answers CONFLICT, and writes nothing, while the key has no stored response', async () => {
    const key = fresh('stuck');
    const body = fresh('stuck');
    const fingerprint = requestFingerprint({ operationName: null, query: CREATE_POST, variables: { input: { body } } });
    await api.dataSource.query('INSERT INTO idempotency_key (user_id, key, fingerprint) VALUES ($1, $2, $3)', [await userId('alice'), key, fingerprint]);
    const result = await createPost(alice, key, body);
    expect(result.status).toBe(409);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await postsWithBody(body)).toBe(0);
  });

  it('treats a key older than 24 hours as unused', async () => {
    const key = fresh('old');
    const body = fresh('old');
    await api.dataSource.query(`INSERT INTO idempotency_key (user_id, key, fingerprint, created_at, response) VALUES ($1, $2, 'x', now() - interval '25 hours', '{"data":null}')`, [
      await userId('alice'),
      key,
    ]);
    const result = await createPost(alice, key, body);
    expect(result.replayed).toBeNull();
    expect(result.body.data?.createPost.body).toBe(body);
    expect(await keyRows(key)).toEqual([{ response: JSON.parse(result.text) }]);
  });

  it('cleans up keys older than 24 hours in a daily job on the queue, and only those', async () => {
    const jobs = api.app.get(JobQueue);
    const nextRun = async (): Promise<Date | undefined> =>
      (await api.dataSource.query(`SELECT run_at FROM graphile_worker.jobs WHERE key = 'idempotency-cleanup'`))[0]?.run_at;
    const scheduled = await nextRun();
    expect(scheduled?.getUTCHours()).toBe(3);
    expect(scheduled!.getTime()).toBeGreaterThan(Date.now());

    const owner = await userId('alice');
    const [old, young] = [fresh('expired'), fresh('young')];
    await api.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, fingerprint, created_at) VALUES ($1, $2, 'x', now() - interval '25 hours'), ($1, $3, 'x', now() - interval '23 hours')`,
      [owner, old, young],
    );
    // Pull the keyed daily job forward to now; once it ran it has scheduled the next day's run.
    await jobs.add(IDEMPOTENCY_CLEANUP_TASK, {}, { runAt: new Date(), jobKey: 'idempotency-cleanup' });
    await vi.waitFor(async () => expect((await nextRun())!.getTime()).toBeGreaterThan(Date.now() + 60_000), { timeout: 20_000, interval: 100 });
    expect(await keyRows(old)).toEqual([]);
    expect(await keyRows(young)).toHaveLength(1);
  });
});

describe('Idempotency-Key on mutations (embedded PostgreSQL, one session)', () => {
  let embedded: EmbeddedPostgres;
  let alice: string;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres(null, 40);
    api = await startTestApi({ DATABASE_URL: embedded.url });
    alice = await api.token('alice');
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await embedded?.close();
  });

  it('replays a retry, writes once for 10 concurrent requests, and refuses a key without a response', async () => {
    const key = fresh('pglite');
    const body = fresh('pglite');
    const first = await createPost(alice, key, body);
    expect(first.body.data?.createPost.body).toBe(body);
    const retry = await createPost(alice, key, body);
    expect(retry.replayed).toBe('true');
    expect(retry.text).toBe(first.text);

    const burstKey = fresh('pglite-burst');
    const burstBody = fresh('pglite-burst');
    const answers = await Promise.all(Array.from({ length: 10 }, () => createPost(alice, burstKey, burstBody)));
    expect(answers.filter((a) => a.body.data?.createPost && a.replayed === null)).toHaveLength(1);
    expect(answers.filter((a) => a.replayed === 'true' || a.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    expect(await postsWithBody(burstBody)).toBe(1);

    const stuckKey = fresh('pglite-stuck');
    const stuckBody = fresh('pglite-stuck');
    const fingerprint = requestFingerprint({ query: CREATE_POST, variables: { input: { body: stuckBody } } });
    await api.dataSource.query('INSERT INTO idempotency_key (user_id, key, fingerprint) VALUES ($1, $2, $3)', [await userId('alice'), stuckKey, fingerprint]);
    expect((await createPost(alice, stuckKey, stuckBody)).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await postsWithBody(stuckBody)).toBe(0);
  });

  it('leaves no key and no write when the commit fails after the key was written', async () => {
    const key = fresh('doomed');
    const body = fresh('doomed');
    await api.dataSource.query(`CREATE OR REPLACE FUNCTION idempotency_spec_doom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key LIKE 'doomed-%' THEN RAISE EXCEPTION 'doomed at commit'; END IF; RETURN NEW; END $$`);
    await api.dataSource.query(`CREATE CONSTRAINT TRIGGER idempotency_spec_doom AFTER INSERT ON idempotency_key
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION idempotency_spec_doom()`);
    try {
      expect((await createPost(alice, key, body)).body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.dataSource.query('DROP TRIGGER idempotency_spec_doom ON idempotency_key');
      await api.dataSource.query('DROP FUNCTION idempotency_spec_doom()');
    }
    expect(await keyRows(key)).toEqual([]);
    expect(await postsWithBody(body)).toBe(0);
    expect((await createPost(alice, key, body)).body.data?.createPost.body).toBe(body);
  });
});
