import { randomBytes } from 'node:crypto';
import { createFreshDatabase, type FreshDatabase } from '@pnyx/api/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordToken, postGql, REDIS_URL, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';

/**
 * The bounded write load: this many writes (every fifth a vote, the rest
 * micro-posts), this many in flight at once, B killed once this many are
 * acknowledged.
 */
const WRITES = 2_000;
const VOTES = WRITES / 5;
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 700;
/** How often one write is retried against the survivor before it counts as failed (a guard; a healthy survivor needs one). */
const MAX_RETRIES = 20;
const CREATE_POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { id body } }';
const CAST_VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { id } }';
const USERS = ['alice', 'bob', 'carol'];
const ENV = { REDIS_URL, RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn', JOBS_DEAD_RUNNER_AFTER_S: '5' };

/** How one write ended, from the client's side. */
type Outcome =
  | { kind: 'acknowledged'; via: 'A' | 'B' } // the first attempt answered 200 with data
  | { kind: 'retried'; first: 'refused' | 'cut' | 'answered'; how: 'executed' | 'replayed' | 'conflict'; attempts: number } // a retry with the same key settled it
  | { kind: 'failed'; last: string }; // never settled (counted and reported; the test expects none)

/**
 * One settled answer to a retry with the same Idempotency-Key: 200 with data
 * (ran afresh: the first attempt never committed), a replay of the stored
 * response (`Idempotency-Replayed: true`), or CONFLICT (the first attempt
 * committed, its response was not stored) — each means "applied once".
 */
function settledBy(answer: Awaited<ReturnType<typeof postGql>>): 'executed' | 'replayed' | 'conflict' | null {
  if (answer.status === 200 && answer.body.data && !answer.body.errors) return answer.headers.get('idempotency-replayed') === 'true' ? 'replayed' : 'executed';
  if (answer.body.errors?.[0]?.extensions?.code === 'CONFLICT') return 'conflict';
  return null;
}

describe('kill -9 of one of two API processes under a write load', () => {
  let db: FreshDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let admin: pg.Client;
  const tokens = new Map<string, string>();
  /** Open proposals to vote on (each demo user votes once on each), with their "yes" option. */
  const proposals: { id: string; yes: string }[] = [];

  beforeAll(async () => {
    db = await createFreshDatabase('pnyx_kill');
    // A runs the identity provider and survives; B trusts A's tokens and is killed.
    // A dead job runner's jobs are freed after 5 s without its heartbeat (60 s by default).
    a = await startApiProcess({ ...ENV, DATABASE_URL: db.url });
    b = await startApiProcess({ ...ENV, DATABASE_URL: db.url, OIDC_ISSUER_URL: a.issuer });
    for (const username of USERS) tokens.set(username, await passwordToken(a.issuer, username));
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const setup = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const answer = await postGql<T>(a.url, tokens.get('alice') as string, query, variables);
      if (!answer.body.data || answer.body.errors) throw new Error(`setup failed: ${JSON.stringify(answer.body)}`);
      return answer.body.data;
    };
    // Each demo user's row exists once they made a request (synced from the token).
    for (const username of USERS) await postGql(a.url, tokens.get(username) as string, '{ spaces { key } }');
    const { createSpace } = await setup<{ createSpace: { id: string } }>('mutation { createSpace(input: { key: "KILL", name: "Votes under a kill", visibility: PUBLIC }) { id } }', {});
    for (const username of ['bob', 'carol']) {
      await setup('mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', { input: { spaceId: createSpace.id, username, role: 'MEMBER' } });
    }
    const closesAt = new Date(Date.now() + 72 * 3600_000).toISOString();
    for (let i = 0; i < Math.ceil(VOTES / USERS.length); i++) {
      const { createProposal } = await setup<{ createProposal: { id: string; options: { id: string; code: string | null }[] } }>(
        'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id code } } }',
        { input: { spaceId: createSpace.id, title: `Proposal ${i}`, description: 'Voted on while a process is killed.', process: 'MAJORITY', closesAt } },
      );
      proposals.push({ id: createProposal.id, yes: createProposal.options.find((o) => o.code === 'yes')?.id as string });
    }
  }, 180_000);
  afterAll(async () => {
    await admin?.end().catch(() => undefined);
    await stopAllApiProcesses();
    await db?.drop();
  });

  it('keeps every acknowledged post and vote, and retries with the same Idempotency-Key on the survivor duplicate none', async () => {
    const run = randomBytes(3).toString('hex');
    const outcomes: Outcome[] = new Array(WRITES);
    let acknowledged = 0;
    let killed = false;
    let killing: Promise<unknown> = Promise.resolve();
    let killedAt: Date | null = null;
    let lockedAtKill: { id: string; locked_by: string }[] = [];
    let ackedByAAfterKill = 0;

    const write = async (i: number): Promise<Outcome> => {
      const key = `kill-${run}-${i}`;
      // Every fifth write is the vote of one demo user on one proposal (each pair once); the rest are posts.
      const vote = i % 5 === 4 ? (i - 4) / 5 : null;
      const user = vote === null ? USERS[i % USERS.length] : USERS[vote % USERS.length];
      const token = tokens.get(user) as string;
      const proposal = vote === null ? null : proposals[Math.floor(vote / USERS.length)];
      const query = proposal ? CAST_VOTE : CREATE_POST;
      const variables = proposal ? { input: { proposalId: proposal.id, optionId: proposal.yes, reason: `kill-test ${key}` } } : { input: { body: `kill-test ${key}` } };
      const headers = { 'Idempotency-Key': key };
      const first = i % 2 === 0 ? a : b;
      let last = '';
      // How the first attempt failed: B gone (refused), cut off in flight (the kill), or an error answer.
      let firstFailure: 'refused' | 'cut' | 'answered' = 'answered';
      try {
        const answer = await postGql(first.url, token, query, variables, { headers, timeoutMs: 30_000 });
        if (answer.status === 200 && answer.body.data && !answer.body.errors) {
          acknowledged++;
          if (killed && first === a) ackedByAAfterKill++;
          if (acknowledged === KILL_AFTER_ACKS && !killed) {
            killed = true;
            killing = b.kill().then(async () => {
              killedAt = (await admin.query('SELECT now() AS t')).rows[0].t as Date;
              lockedAtKill = (await admin.query(`SELECT id, locked_by FROM graphile_worker.jobs WHERE locked_by IS NOT NULL`)).rows;
            });
          }
          return { kind: 'acknowledged', via: first === a ? 'A' : 'B' };
        }
        last = `${answer.status} ${JSON.stringify(answer.body.errors?.[0]?.extensions ?? answer.body)}`;
      } catch (error) {
        const cause = (error as Error & { cause?: { code?: string } }).cause;
        firstFailure = cause?.code === 'ECONNREFUSED' ? 'refused' : 'cut';
        last = cause ? String(cause) : (error as Error).message;
      }
      // Failed or unanswered: the same request, same key, against the survivor.
      for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
        try {
          const answer = await postGql(a.url, token, query, variables, { headers, timeoutMs: 30_000 });
          const how = settledBy(answer);
          if (how) return { kind: 'retried', first: firstFailure, how, attempts: attempt };
          last = `${answer.status} ${JSON.stringify(answer.body.errors?.[0]?.extensions ?? answer.body)}`;
        } catch (error) {
          last = (error as Error).message;
        }
        // A pause between retries, as any client's backoff; the loop ends on an answer, not on time.
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
      return { kind: 'failed', last };
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < WRITES) {
          const i = next++;
          outcomes[i] = await write(i);
        }
      }),
    );
    await killing;

    // The background work of the writes (feed, search, notification deliveries) all gets done: the survivor runs
    // every job, including those the killed process had taken, once that runner's heartbeat is JOBS_DEAD_RUNNER_AFTER_S old.
    const jobs = async () =>
      (
        await admin.query(
          `SELECT (SELECT count(*)::int FROM graphile_worker.jobs WHERE task_identifier = 'deliver-event') AS n,
                  (SELECT count(*)::int FROM outbox_event WHERE published_at IS NULL) AS unpublished`,
        )
      ).rows[0] as { n: number; unpublished: number };
    const left = async () => {
      const j = await jobs();
      return j.n + j.unpublished;
    };
    await expect.poll(left, { timeout: 120_000, interval: 250 }).toBe(0);
    // The jobs B held when it died: locked by a runner that has not beaten since (A's runner beats every 1.7 s).
    const alive = new Set((await admin.query(`SELECT runner_id FROM job_runner_heartbeat WHERE seen_at > $1`, [killedAt])).rows.map((r: { runner_id: string }) => r.runner_id));
    const heldByTheDead = lockedAtKill.filter((job) => !alive.has(job.locked_by));
    const stillThere = heldByTheDead.length ? (await admin.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE id = ANY($1::bigint[])`, [heldByTheDead.map((j) => j.id)])).rows[0].n : 0;
    const postsWithoutFeedItem = (
      await admin.query(
        `SELECT count(*)::int AS n FROM post p WHERE p.body LIKE $1 AND NOT EXISTS (SELECT 1 FROM feed_item f WHERE f.subject_id = p.id AND f.kind = 'POST_CREATED')`,
        [`kill-test kill-${run}-%`],
      )
    ).rows[0].n as number;

    // What the database holds, per key: posts by body, votes by reason.
    const { rows } = await admin.query(
      `SELECT text, count(*)::int AS n FROM (SELECT body AS text FROM post UNION ALL SELECT reason FROM vote) AS written WHERE text LIKE $1 GROUP BY text`,
      [`kill-test kill-${run}-%`],
    );
    const stored = new Map<string, number>(rows.map((r: { text: string; n: number }) => [r.text.slice('kill-test '.length), r.n]));
    const votesStored = [...stored.keys()].filter((key) => Number(key.split('-').pop()) % 5 === 4).length;
    const keyOf = (i: number) => `kill-${run}-${i}`;
    const applied = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => o.kind !== 'failed');
    const lost = applied.filter(({ i }) => !stored.has(keyOf(i))).length;
    const duplicates = [...stored.values()].filter((n) => n > 1).length;
    const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    const retried = outcomes.filter((o): o is Extract<Outcome, { kind: 'retried' }> => o.kind === 'retried');
    const failed = outcomes.filter((o): o is Extract<Outcome, { kind: 'failed' }> => o.kind === 'failed');
    const summary = {
      writes: WRITES,
      acknowledged: count('acknowledged'),
      acknowledgedByB: outcomes.filter((o) => o.kind === 'acknowledged' && o.via === 'B').length,
      retried: retried.length,
      retriedAfter: {
        refused: retried.filter((o) => o.first === 'refused').length,
        cutInFlight: retried.filter((o) => o.first === 'cut').length,
        errorAnswer: retried.filter((o) => o.first === 'answered').length,
      },
      retriedHow: {
        executed: retried.filter((o) => o.how === 'executed').length,
        replayed: retried.filter((o) => o.how === 'replayed').length,
        conflict: retried.filter((o) => o.how === 'conflict').length,
      },
      failed: failed.length,
      lost,
      duplicates,
      rowsForRun: [...stored.values()].reduce((s, n) => s + n, 0),
      votesStored,
      ackedByAAfterKill,
      jobsHeldByKilledProcess: heldByTheDead.length,
      ofThemLeft: stillThere,
      postsWithoutFeedItem,
    };
    process.stdout.write(`[kill] ${JSON.stringify(summary)}${failed.length ? ` first failure: ${failed[0].last}` : ''}\n`);

    expect(killed).toBe(true);
    expect(b.child.signalCode).toBe('SIGKILL');
    // The survivor kept serving: it acknowledged writes after the kill and is healthy.
    expect(ackedByAAfterKill).toBeGreaterThan(0);
    expect((await fetch(`${a.url}/health`)).status).toBe(200);
    // Writes to B were cut off (else the kill proved nothing), and every one of them was settled by a retry.
    expect(summary.retried).toBeGreaterThan(0);
    expect(summary.failed).toBe(0);
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    // Exactly one row per write: every write applied, none twice, nothing else.
    expect(stored.size).toBe(WRITES);
    expect(summary.rowsForRun).toBe(WRITES);
    expect(votesStored).toBe(VOTES);
    // Every post reached the feed, also those whose delivery the killed process had taken: its jobs ran elsewhere.
    expect(postsWithoutFeedItem).toBe(0);
    expect(stillThere).toBe(0);
    // 2,000 posts, each fanned out to the feed, search and notification consumers, took about 70 s on the shared 2-core machine: a guard, not a claim.
  }, 300_000);

  it('a write committed on a process whose client gave up, then killed, is replayed or refused on the survivor, never run twice', async () => {
    // Made deterministic: the writes wait on a table lock the test holds, the client gives up, the lock goes and
    // they commit with nobody to answer; then their process dies. Only the retries on A remain.
    const c = await startApiProcess({ ...ENV, DATABASE_URL: db.url, OIDC_ISSUER_URL: a.issuer });
    const run = randomBytes(3).toString('hex');
    const keys = USERS.map((user) => ({ user, key: `lost-answer-${run}-${user}` }));
    const variablesOf = (key: string) => ({ input: { body: `kill-test ${key}` } });
    const rowsOf = async (key: string) => (await admin.query(`SELECT count(*)::int AS n FROM post WHERE body = $1`, [`kill-test ${key}`])).rows[0].n as number;
    const waiting = async () =>
      (
        await admin.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity s ON s.pid = l.pid
            WHERE NOT l.granted AND l.relation = 'post'::regclass AND s.datname = current_database() AND s.application_name = 'pnyx-api'`,
        )
      ).rows[0].n as number;

    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    const giveUp = new AbortController();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE post IN EXCLUSIVE MODE');
      const sent = keys.map(({ user, key }) =>
        postGql(c.url, tokens.get(user) as string, CREATE_POST, variablesOf(key), { headers: { 'Idempotency-Key': key }, signal: giveUp.signal }).then(
          () => 'answered',
          () => 'gave up',
        ),
      );
      await expect.poll(waiting, { timeout: 30_000, interval: 25 }).toBe(keys.length);
      giveUp.abort();
      expect(await Promise.all(sent)).toEqual(keys.map(() => 'gave up'));
      await locker.query('COMMIT');
    } finally {
      await locker.end();
    }
    // C commits them all the same (nobody is there to read the answers), then dies.
    for (const { key } of keys) await expect.poll(() => rowsOf(key), { timeout: 30_000, interval: 25 }).toBe(1);
    await c.kill();

    const settled: string[] = [];
    for (const { user, key } of keys) {
      const answer = await postGql(a.url, tokens.get(user) as string, CREATE_POST, variablesOf(key), { headers: { 'Idempotency-Key': key } });
      settled.push(settledBy(answer) ?? `unsettled ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    process.stdout.write(`[kill] writes committed without an answer, process killed, retried on A: ${JSON.stringify(settled)}\n`);
    for (const how of settled) expect(['replayed', 'conflict']).toContain(how);
    for (const { key } of keys) expect(await rowsOf(key)).toBe(1);
  });
});
