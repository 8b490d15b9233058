// Decisions benchmark, against the built API (dist/apps/api/main.js) on a
// throwaway database (schema from the app's own migrations):
//
// 1. 500 concurrent voters on one MAJORITY proposal: every voter sends
//    `castVote` at once, then again changing the vote; latency, throughput,
//    errors, and "votes lost" — after `closeProposal` the tally, `voteCount`
//    and the vote rows must hold exactly the votes the API accepted.
// 2. The managers' dashboard with 10,000 open proposals across 500 public
//    spaces (bulk-loaded with SQL): the web's `DecisionsOpen` query (no
//    filter, closing within 24 h, followed only) and `DecisionsStats`, as
//    carol (manager, member of none), sequential and 8 at a time, with the
//    SQL statements per request and EXPLAIN (ANALYZE, BUFFERS) of the
//    openDecisions and stats statements (copied from
//    libs/api/decisions/src/lib/decision-board.repository.ts: keep in step).
//
// Loopback only; bounded in count and time; drops its database however it ends.
// Exits non-zero when a castVote or a dashboard request fails or a vote is
// lost; the dashboard's p99 aim (100 ms) is reported, not enforced.
//
//   node tools/bench/decisions-bench.mjs            (npm run bench builds first)
//   DECISIONS_BENCH_VOTERS=100 DECISIONS_BENCH_PROPOSALS=2000 DECISIONS_BENCH_SPACES=100 node tools/bench/decisions-bench.mjs
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { importJWK, SignJWT } from 'jose';
import pg from 'pg';
import { Buffer } from 'node:buffer';
import { freePort, guardBench, passwordToken, startBuiltApi, stopProcess, requireLoopback, requireBuilt, elapsedLog, envInt } from './bench-support.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const int = envInt;
const VOTERS = int('DECISIONS_BENCH_VOTERS', 500, 5, 5_000);
const PROPOSALS = int('DECISIONS_BENCH_PROPOSALS', 10_000, 1, 200_000);
const SPACES = int('DECISIONS_BENCH_SPACES', 500, 1, 10_000);
const CLOSED = int('DECISIONS_BENCH_CLOSED', 300, 0, 10_000);
const REQUESTS = int('DECISIONS_BENCH_REQUESTS', 200, 10, 5_000);
const CONCURRENCY = int('DECISIONS_BENCH_CONCURRENCY', 8, 1, 64);
const POOL = int('DECISIONS_BENCH_DB_POOL', 10, 1, 80); // the API's default
const WARMUP = 20;
const TIME_LIMIT_MS = int('BENCH_TIME_LIMIT_MS', 10 * 60_000, 60_000, 60 * 60_000);
const REQUEST_TIMEOUT_MS = 60_000;
const DASHBOARD_AIM_MS = 100;
const MAIN = 'dist/apps/api/main.js';

const serverUrl = new URL(SERVER);
requireLoopback({ database: SERVER });
requireBuilt(MAIN);

const started = performance.now();
const log = elapsedLog(started);
const database = `pnyx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
const dbUrl = new URL(SERVER);
dbUrl.pathname = `/${database}`;

let api = null;
let apiTail = () => '';
let db = null;
const admin = new pg.Client({ connectionString: SERVER });

/** Stops what this bench started, before its database is dropped. */
async function stopAll() {
  await db?.end().catch(() => undefined);
  await stopProcess(api);
}

const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });

async function startApi(port) {
  const started = await startBuiltApi({ main: MAIN, port, databaseUrl: dbUrl.toString(), env: { DB_POOL_SIZE: String(POOL) } });
  apiTail = started.output;
  return started.child;
}


/**
 * Tokens for any number of employees, signed with the embedded provider's own
 * key and shaped like its tokens (as apps/api-e2e/src/support/tokens.ts does).
 */
async function tokenMinter(db, issuer) {
  const { rows } = await db.query(`SELECT kid, private_jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
  if (!rows.length) throw new Error('No signing key in idp_key');
  const jwk = typeof rows[0].private_jwk === 'string' ? JSON.parse(rows[0].private_jwk) : rows[0].private_jwk;
  const key = await importJWK(jwk, 'RS256');
  return (username) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: issuer,
      aud: 'pnyx-api',
      sub: `bench-${username}`,
      iat: now,
      exp: now + 3600,
      preferred_username: username,
      name: `Voter ${username}`,
      realm_access: { roles: ['employee'] },
      azp: 'pnyx-web',
    })
      .setProtectedHeader({ alg: 'RS256', kid: rows[0].kid })
      .sign(key);
  };
}

/** POST /graphql; never throws for GraphQL errors: returns { ms, data, errors, statements }. */
async function post(base, accessToken, query, variables, { countStatements = false } = {}) {
  const t0 = performance.now();
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        ...(countStatements ? { 'x-debug-statements': '1' } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: globalThis.AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const ms = performance.now() - t0;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { ms, data: null, errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }], statements: null };
    }
    const statements = response.headers.get('x-db-statements');
    const errors = body.errors ?? (response.ok ? null : [{ message: `HTTP ${response.status}` }]);
    return { ms, data: body.data ?? null, errors, statements: statements === null ? null : Number(statements) };
  } catch (error) {
    return { ms: performance.now() - t0, data: null, errors: [{ message: `${error.name}: ${error.message}` }], statements: null };
  }
}

async function gql(base, accessToken, query, variables) {
  const result = await post(base, accessToken, query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Runs `work(i)` for i < count, at most `limit` at a time. */
async function pool(count, limit, work) {
  let next = 0;
  const results = new Array(count);
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await work(i);
      }
    }),
  );
  return results;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (!sorted.length) return { n: 0, min: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, min: sorted[0], p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const fmt = (s) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n})`;
const uuidOf = (globalId) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

// ---------------------------------------------------------------- part 1: the vote wave

const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { id myVote { option { code } } } }`;
const CLOSE = `mutation($input: CloseProposalInput!) { closeProposal(input: $input) { id status outcome voteCount eligibleVoterCount tally { option { code } votes } } }`;

/**
 * What the API's connections do, every 100 ms while `running()`: how many wait
 * on an advisory lock (the audit chain's pg_advisory_xact_lock), and how many
 * sit idle in a transaction (waiting for the API to send the next statement).
 */
async function sampleConnections(running) {
  const samples = [];
  while (running()) {
    const { rows } = await admin.query(
      `SELECT count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory')::int AS advisory,
              count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event <> 'advisory')::int AS other_locks,
              count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_in_tx,
              count(*) FILTER (WHERE state = 'active')::int AS active
         FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      [database],
    );
    samples.push(rows[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const mean = (key) => (samples.length ? samples.reduce((sum, r) => sum + r[key], 0) / samples.length : 0);
  return { samples: samples.length, advisory: mean('advisory'), otherLocks: mean('other_locks'), idleInTx: mean('idle_in_tx'), active: mean('active') };
}

/** Every voter at once; returns per-voter results and the wave's wall time. */
async function wave(base, tokens, proposalId, optionFor) {
  let running = true;
  const sampling = sampleConnections(() => running);
  const t0 = performance.now();
  const results = await Promise.all(
    tokens.map(async (token, i) => {
      const code = optionFor(i);
      const r = await post(base, token, VOTE, { input: { proposalId, optionId: code.id } });
      const ok = !r.errors && r.data?.castVote?.myVote?.option?.code === code.code;
      return { ms: r.ms, ok, code: code.code, error: r.errors ? r.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') : ok ? null : `unexpected ${JSON.stringify(r.data)}` };
    }),
  );
  const wallMs = performance.now() - t0;
  running = false;
  return { results, wallMs, connections: await sampling };
}

function summariseWave(label, { results, wallMs, connections }) {
  const ok = results.filter((r) => r.ok);
  const errors = results.filter((r) => !r.ok);
  const latency = stats(results.map((r) => r.ms));
  const distinct = [...new Set(errors.map((e) => e.error))].slice(0, 5);
  const throughput = ok.length / (wallMs / 1000);
  log(`${label}: ${results.length} castVote at once: ${fmt(latency)}; ${ok.length} ok, ${errors.length} errors; ${throughput.toFixed(0)} votes/s (wave ${wallMs.toFixed(0)} ms)`);
  for (const e of distinct) log(`  error: ${e}`);
  const c = connections;
  log(
    `  the API's ${POOL} connections during the wave (mean of ${c.samples} samples): ${c.advisory.toFixed(1)} waiting on an advisory lock, ` +
      `${c.otherLocks.toFixed(1)} on other locks, ${c.idleInTx.toFixed(1)} idle in transaction, ${c.active.toFixed(1)} active`,
  );
  return { label, latency, ok: ok.length, errors: errors.length, throughput, wallMs, distinct, connections };
}

/**
 * Part 1. alice owns a private space with every voter as a member and opens
 * a MAJORITY proposal; she votes alone, one call at a time (the uncontended
 * baseline, and the statements one castVote costs), then all voters vote at
 * once, then all change their vote at once (the API's connections sampled
 * meanwhile); she closes it and the tally, voteCount and vote rows are
 * compared with the calls that succeeded.
 */
async function voteBench(base, tokens, names, db) {
  log(`part 1: ${VOTERS} concurrent voters on one proposal`);
  const alice = await passwordToken(base, 'alice');
  await gql(base, alice, '{ me { id } }');
  const space = (
    await gql(base, alice, 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key: 'VOTE', name: 'The vote', visibility: 'PRIVATE' },
    })
  ).createSpace;
  // Members by SQL (500 addSpaceMember calls would only add set-up time); they exist before the proposal opens (voters are snapshotted then).
  const added = await db.query(
    `INSERT INTO space_member (space_id, user_id, role, added_by)
     SELECT $1, u.id, 'MEMBER', (SELECT id FROM app_user WHERE username = 'alice') FROM app_user u WHERE u.username = ANY($2)`,
    [uuidOf(space.id), names],
  );
  if (added.rowCount !== VOTERS) throw new Error(`expected ${VOTERS} members, added ${added.rowCount}`);
  const created = (
    await gql(
      base,
      alice,
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id eligibleVoterCount options { id code } } }`,
      {
        input: {
          spaceId: space.id,
          title: 'Move the all-hands to Thursdays',
          description: 'Benchmark proposal: **every** member votes at once.',
          process: 'MAJORITY',
          closesAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
        },
      },
    )
  ).createProposal;
  if (created.eligibleVoterCount !== VOTERS + 1) throw new Error(`expected ${VOTERS + 1} eligible voters, got ${created.eligibleVoterCount}`);
  const options = Object.fromEntries(created.options.map((o) => [o.code, o]));
  const order = ['yes', 'no', 'abstain'].map((code) => options[code]);
  log(`proposal open: ${created.eligibleVoterCount} eligible voters (${VOTERS} + the author)`);

  // The author first votes alone, one call at a time (the uncontended baseline; the first with the statement count).
  const counted = await post(base, alice, VOTE, { input: { proposalId: created.id, optionId: options.yes.id } }, { countStatements: true });
  if (counted.errors) throw new Error(`alice's castVote: ${JSON.stringify(counted.errors)}`);
  const aloneSamples = [];
  let aliceVote = 'yes';
  for (let i = 0; i < WARMUP + 30; i++) {
    aliceVote = order[i % 2].code;
    const r = await post(base, alice, VOTE, { input: { proposalId: created.id, optionId: order[i % 2].id } });
    if (r.errors) throw new Error(`alice's castVote: ${JSON.stringify(r.errors)}`);
    if (i >= WARMUP) aloneSamples.push(r.ms);
  }
  const single = { statements: counted.statements, latency: stats(aloneSamples) };
  log(`castVote alone (one at a time, the author changing her vote): ${fmt(single.latency)}; ${single.statements} SQL statements`);
  /** username → the option code their vote must have, from the calls that succeeded. */
  const expected = new Map([['alice', aliceVote]]);

  const waves = [];
  for (const [label, shift] of [['wave 1 (cast)', 0], ['wave 2 (change)', 1]]) {
    const run = await wave(base, tokens, created.id, (i) => order[(i + shift) % 3]);
    run.results.forEach((r, i) => r.ok && expected.set(names[i], r.code));
    waves.push(summariseWave(label, run));
  }

  const closed = await post(base, alice, CLOSE, { input: { id: created.id } });
  if (closed.errors) throw new Error(`closeProposal: ${JSON.stringify(closed.errors)}`);
  const c = closed.data.closeProposal;
  const accepted = expected.size;
  const want = { yes: 0, no: 0, abstain: 0 };
  for (const code of expected.values()) want[code]++;
  const tally = Object.fromEntries(c.tally.map((t) => [t.option.code, t.votes]));
  const tallySum = c.tally.reduce((sum, t) => sum + t.votes, 0);
  const proposalUuid = uuidOf(created.id);
  const count = (await db.query('SELECT count(*)::int AS n FROM vote WHERE proposal_id = $1', [proposalUuid])).rows[0].n;
  const { rows: stored } = await db.query(
    `SELECT u.username, o.code FROM vote v JOIN app_user u ON u.id = v.voter_id JOIN proposal_option o ON o.id = v.option_id WHERE v.proposal_id = $1`,
    [proposalUuid],
  );
  const storedBy = new Map(stored.map((r) => [r.username, r.code]));
  let wrong = 0;
  let missing = 0;
  for (const [username, code] of expected) {
    if (!storedBy.has(username)) missing++;
    else if (storedBy.get(username) !== code) wrong++;
  }
  const extra = [...storedBy.keys()].filter((username) => !expected.has(username)).length;
  const [{ records }] = (await db.query('SELECT count(*)::int AS records FROM decision_record WHERE proposal_id = $1', [proposalUuid])).rows;
  // Lost: an accepted vote missing from the rows, or from the tally / voteCount the close reports.
  const lost = Math.max(missing, accepted - count, accepted - tallySum, accepted - c.voteCount, 0);
  const tallyMatches = ['yes', 'no', 'abstain'].every((code) => tally[code] === want[code]);
  log(
    `closed: ${c.status} ${c.outcome}; accepted voters ${accepted}, vote rows ${count}, voteCount ${c.voteCount}, tally ${JSON.stringify(tally)} (expected ${JSON.stringify(want)}), decision records ${records}`,
  );
  log(`votes lost: ${lost}${wrong ? `, votes with the wrong option: ${wrong}` : ''}${extra ? `, votes nobody was told were accepted: ${extra}` : ''}${tallyMatches ? '' : ' — TALLY MISMATCH'}`);
  return { waves, single, accepted, count, voteCount: c.voteCount, tally, want, tallyMatches, lost, wrong, extra, records, outcome: c.outcome, eligible: c.eligibleVoterCount };
}

// ---------------------------------------------------------------- part 2: the dashboard

const SUMMARY = `fragment DecisionsProposalSummary on Proposal {
  id title process status outcome closesAt closedAt quorumPercent participation voteCount eligibleVoterCount tallyHidden
  objectionCount concernCount leadingOption { id label code } winningOption { id label code } space { id key name } }`;
const OPEN = `query DecisionsOpen($filter: DecisionFilter, $first: Int) { openDecisions(filter: $filter, first: $first) { ...DecisionsProposalSummary } }
${SUMMARY}`;
const STATS = `query DecisionsStats($spaceIds: [ID!]) { decisionStats(spaceIds: $spaceIds) {
  decided medianHoursToDecision perMonth { month outcomes { outcome count } } participation { fromPercent toPercent count } } }`;

/** The openDecisions statement of libs/api/decisions/src/lib/decision-board.repository.ts (with readableSpacesSql and proposalColumns expanded). */
const openDecisionsSql = (followedOnly) => `SELECT p.id, p.space_id AS "spaceId", p.author_id AS "authorId", p.title, '' AS description, '' AS html, p.version,
    p.process, p.status, p.outcome, p.outcome_statement AS "outcomeStatement", p.winning_option_id AS "winningOptionId",
    p.closes_at AS "closesAt", p.closed_at AS "closedAt", p.closed_by AS "closedBy", p.quorum_percent AS "quorumPercent",
    p.eligible_voter_count AS "eligibleVoterCount", p.hide_tally AS "hideTally", p.review_at AS "reviewAt",
    p.nudged_at AS "nudgedAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt" FROM ${
    followedOnly
      ? `follow f JOIN proposal p ON p.id = f.subject_id WHERE f.user_id = :viewerId AND f.subject_type = 'Proposal' AND p.status = 'OPEN'`
      : `proposal p WHERE p.status = 'OPEN'`
  } AND EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = p.space_id
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = :viewerId)))
    AND (CAST(:spaceIds AS uuid[]) IS NULL OR p.space_id = ANY(CAST(:spaceIds AS uuid[])))
    AND (CAST(:hours AS int) IS NULL OR p.closes_at <= now() + make_interval(hours => CAST(:hours AS int)))
  ORDER BY p.closes_at, p.id LIMIT :limit`;

/** The stats statement of the same file (closed in the last 12 months, readable spaces). */
const STATS_SQL = `WITH closed AS (
     SELECT p.outcome, p.closed_at, p.created_at, p.eligible_voter_count AS eligible,
            (SELECT count(*) FROM vote v WHERE v.proposal_id = p.id)::int AS votes
       FROM proposal p
      WHERE p.status = 'CLOSED' AND p.closed_at >= date_trunc('month', now()) - interval '11 months'
        AND EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = p.space_id
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = :viewerId)))
        AND (CAST(:spaceIds AS uuid[]) IS NULL OR p.space_id = ANY(CAST(:spaceIds AS uuid[])))
   )
   SELECT
     COALESCE((SELECT json_agg(m ORDER BY m.month, m.outcome) FROM (
        SELECT to_char(date_trunc('month', closed_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, outcome, count(*)::int AS count
          FROM closed GROUP BY 1, 2) m), '[]'::json) AS "perMonth",
     (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 3600) FROM closed) AS "medianHours",
     COALESCE((SELECT json_agg(b ORDER BY b.bucket) FROM (
        SELECT LEAST(9, floor(CASE WHEN eligible = 0 THEN 0 ELSE votes * 10.0 / eligible END))::int AS bucket, count(*)::int AS count
          FROM closed GROUP BY 1) b), '[]'::json) AS buckets,
     (SELECT count(*)::int FROM closed) AS decided`;

/** Named parameters to $n, as TypeORM's escapeQueryWithParameters does for PostgreSQL. */
function positional(sql, params) {
  const names = [];
  const text = sql.replace(/(?<!:):([A-Za-z_]\w*)/g, (_, name) => {
    if (!(name in params)) throw new Error(`no parameter ${name}`);
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: names.map((n) => params[n]) };
}

async function bulkLoad(db, voterIds, carolId) {
  const N = voterIds.length;
  await db.query('BEGIN');
  await db.query('SET LOCAL synchronous_commit = off');
  log(`inserting ${SPACES} public spaces with 3–5 members each`);
  await db.query(
    `INSERT INTO space (id, key, name, description, visibility, created_by)
     SELECT md5('bench-space-' || s)::uuid, 'DEC' || s, 'Decisions space ' || s, 'Bulk-loaded for the decisions benchmark', 'PUBLIC',
            ($2::uuid[])[(s * 7) % $3 + 1]
       FROM generate_series(1, $1) AS s`,
    [SPACES, voterIds, N],
  );
  await db.query(
    `INSERT INTO space_member (space_id, user_id, role)
     SELECT md5('bench-space-' || s)::uuid, ($2::uuid[])[(s * 7 + j) % $3 + 1], CASE WHEN j = 0 THEN 'OWNER' ELSE 'MEMBER' END
       FROM generate_series(1, $1) AS s, LATERAL generate_series(0, 2 + s % 3) AS j`,
    [SPACES, voterIds, N],
  );
  const total = PROPOSALS + CLOSED;
  log(`inserting ${PROPOSALS} open + ${CLOSED} (to be closed) proposals with options, voters and 0–5 votes each`);
  // Proposal i sits in space (i - 1) % SPACES + 1, by its owner; 70 % MAJORITY, 30 % CONSENT; 5 % hide the tally.
  // Open ones close between 20 minutes and 30 days from now, spread evenly; the closed ones are the last CLOSED.
  await db.query(
    `INSERT INTO proposal (id, space_id, author_id, title, description, html, process, closes_at, quorum_percent,
                           eligible_voter_count, hide_tally, created_at, updated_at)
     SELECT md5('bench-proposal-' || i)::uuid, md5('bench-space-' || s)::uuid, ($3::uuid[])[(s * 7) % $4 + 1],
            'Proposal ' || i || ': adopt practice ' || (i % 97), 'Bulk-loaded proposal ' || i || '.', '<p>Bulk-loaded proposal ' || i || '.</p>',
            CASE WHEN i % 10 < 7 THEN 'MAJORITY' ELSE 'CONSENT' END,
            CASE WHEN i <= $1 THEN now() + interval '20 minutes' + ((i::bigint * 7919) % $1) * (interval '30 days' / $1)
                 ELSE now() - ((i * 37) % 320) * interval '1 day' END,
            (i % 4) * 10, 3 + s % 3, i % 20 = 0,
            now() - interval '10 days' - ((i * 37) % 320) * interval '1 day' - (24 + i % 300) * interval '1 hour', now()
       FROM generate_series(1, $2) AS i, LATERAL (SELECT (i - 1) % $5 + 1 AS s) AS x`,
    [PROPOSALS, total, voterIds, N, SPACES],
  );
  await db.query(
    `INSERT INTO proposal_revision (proposal_id, version, title, description, author_id, created_at)
     SELECT p.id, 1, p.title, p.description, p.author_id, p.created_at FROM proposal p WHERE p.id IN (SELECT md5('bench-proposal-' || i)::uuid FROM generate_series(1, $1) AS i)`,
    [total],
  );
  await db.query(
    `INSERT INTO proposal_option (id, proposal_id, position, code, label)
     SELECT md5('bench-option-' || i || '-' || k)::uuid, md5('bench-proposal-' || i)::uuid, k,
            (CASE WHEN i % 10 < 7 THEN ARRAY['yes', 'no', 'abstain'] ELSE ARRAY['consent', 'concern', 'object'] END)[k + 1],
            (CASE WHEN i % 10 < 7 THEN ARRAY['Yes', 'No', 'Abstain'] ELSE ARRAY['Consent', 'Concern', 'Object'] END)[k + 1]
       FROM generate_series(1, $1) AS i, generate_series(0, 2) AS k`,
    [total],
  );
  await db.query(
    `INSERT INTO proposal_voter (proposal_id, user_id)
     SELECT md5('bench-proposal-' || i)::uuid, ($3::uuid[])[(s * 7 + j) % $4 + 1]
       FROM generate_series(1, $1) AS i, LATERAL (SELECT (i - 1) % $2 + 1 AS s) AS x, LATERAL generate_series(0, 2 + s % 3) AS j`,
    [total, SPACES, voterIds, N],
  );
  // Votes while every proposal is still open (a trigger refuses votes on others): the first min(i*13 % 6, members) members.
  // A reason where CONSENT's concern/object require one.
  await db.query(
    `INSERT INTO vote (proposal_id, voter_id, option_id, reason, created_at, updated_at)
     SELECT md5('bench-proposal-' || i)::uuid, ($3::uuid[])[(s * 7 + j) % $4 + 1], md5('bench-option-' || i || '-' || ((i + j) % 3))::uuid,
            CASE WHEN i % 10 >= 7 AND (i + j) % 3 > 0 THEN 'Bench reason ' || j END, now() - interval '1 day', now() - interval '1 day'
       FROM generate_series(1, $1) AS i, LATERAL (SELECT (i - 1) % $2 + 1 AS s) AS x,
            LATERAL generate_series(0, LEAST((i * 13) % 6, 3 + s % 3) - 1) AS j`,
    [total, SPACES, voterIds, N],
  );
  if (CLOSED > 0) {
    log(`closing ${CLOSED} of them (decided over the last 11 months) with decision records`);
    await db.query(
      `UPDATE proposal p SET status = 'CLOSED', closed_at = p.closes_at,
              outcome = (ARRAY['ACCEPTED', 'REJECTED', 'NO_QUORUM'])[i % 3 + 1],
              outcome_statement = NULL,
              winning_option_id = CASE WHEN i % 3 = 0 THEN md5('bench-option-' || i || '-0')::uuid END
         FROM generate_series($1 + 1, $2) AS i WHERE p.id = md5('bench-proposal-' || i)::uuid`,
      [PROPOSALS, total],
    );
    await db.query(
      `INSERT INTO decision_record (proposal_id, space_id, content, hash, closed_at)
       SELECT p.id, p.space_id, jsonb_build_object('bench', true, 'proposalId', p.id, 'outcome', p.outcome), md5(p.id::text), p.closed_at
         FROM generate_series($1 + 1, $2) AS i JOIN proposal p ON p.id = md5('bench-proposal-' || i)::uuid`,
      [PROPOSALS, total],
    );
  }
  // carol follows every 50th open proposal (for followedOnly).
  await db.query(
    `INSERT INTO follow (user_id, subject_type, subject_id) SELECT $1, 'Proposal', md5('bench-proposal-' || i)::uuid FROM generate_series(50, $2, 50) AS i`,
    [carolId, PROPOSALS],
  );
  await db.query('COMMIT');
  log('analyzing');
  await db.query('VACUUM ANALYZE');
}

async function measureQuery(label, base, token, query, variables, check) {
  const counted = await post(base, token, query, variables, { countStatements: true });
  if (counted.errors) throw new Error(`${label}: ${JSON.stringify(counted.errors)}`);
  const detail = check(counted.data);
  for (let i = 0; i < WARMUP; i++) {
    const r = await post(base, token, query, variables);
    if (r.errors) throw new Error(`${label}: ${JSON.stringify(r.errors)}`);
  }
  let errors = 0;
  const sequential = [];
  for (let i = 0; i < REQUESTS; i++) {
    const r = await post(base, token, query, variables);
    if (r.errors) errors++;
    sequential.push(r.ms);
  }
  const t0 = performance.now();
  const concurrent = await pool(REQUESTS, CONCURRENCY, async () => {
    const r = await post(base, token, query, variables);
    if (r.errors) errors++;
    return r.ms;
  });
  const wallMs = performance.now() - t0;
  const result = { label, detail, statements: counted.statements, sequential: stats(sequential), concurrent: stats(concurrent), rps: REQUESTS / (wallMs / 1000), errors };
  log(`${label} [${detail}; ${result.statements} SQL statements]`);
  log(`  sequential:     ${fmt(result.sequential)}`);
  log(`  ${CONCURRENCY} at a time:   ${fmt(result.concurrent)}, ${result.rps.toFixed(0)} req/s${errors ? `, ${errors} ERRORS` : ''}`);
  return result;
}

function planTime(rows) {
  const text = rows.map((r) => r['QUERY PLAN']).join('\n');
  const execution = /Execution Time: ([\d.]+) ms/.exec(text);
  const planning = /Planning Time: ([\d.]+) ms/.exec(text);
  return { text, execution: execution ? Number(execution[1]) : NaN, planning: planning ? Number(planning[1]) : NaN };
}

// ---------------------------------------------------------------- run

let failed = false;
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  log(`created ${database} on ${serverUrl.host}`);
  const port = await freePort();
  api = await startApi(port);
  const base = `http://127.0.0.1:${port}`;
  log(`API up at ${base} (migrations applied by the app; DB pool ${POOL}, rate limits off)`);

  db = new pg.Client({ connectionString: dbUrl.toString() });
  db.on('error', () => undefined);
  await db.connect();

  // ---- part 1
  const mint = await tokenMinter(db, `${base}/realms/pnyx`);
  const names = Array.from({ length: VOTERS }, (_, i) => `bench-voter-${String(i + 1).padStart(4, '0')}`);
  const tokens = await Promise.all(names.map((n) => mint(n)));
  // A user row appears with the first request of its token.
  await pool(VOTERS, 25, (i) => gql(base, tokens[i], '{ me { id } }'));
  log(`${VOTERS} voters signed in (RS256 tokens minted with the provider's key)`);
  const votes = await voteBench(base, tokens, names, db);

  // ---- part 2
  log(`part 2: the dashboard over ${PROPOSALS} open proposals in ${SPACES} spaces`);
  const carol = await passwordToken(base, 'carol');
  await gql(base, carol, '{ me { id } }'); // her user row
  const [{ id: carolUuid }] = (await db.query(`SELECT id FROM app_user WHERE username = 'carol'`)).rows;
  const voterIds = (await db.query('SELECT id FROM app_user WHERE username = ANY($1) ORDER BY username', [names])).rows.map((r) => r.id);
  const loadStarted = performance.now();
  await bulkLoad(db, voterIds, carolUuid);
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM proposal WHERE status = 'OPEN')::int AS open, (SELECT count(*) FROM proposal p JOIN space s ON s.id = p.space_id WHERE p.status = 'CLOSED' AND s.visibility = 'PUBLIC')::int AS closed,
                           (SELECT count(*) FROM vote)::int AS votes, (SELECT count(*) FROM proposal_voter)::int AS voters,
                           (SELECT count(*) FROM proposal WHERE status = 'OPEN' AND closes_at <= now() + interval '24 hours')::int AS within24,
                           (SELECT count(*) FROM follow WHERE user_id = $1)::int AS follows`, [carolUuid])
  ).rows[0];
  log(`loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);

  const openCheck = (want) => (data) => {
    const list = data.openDecisions;
    if (list.length !== want) throw new Error(`openDecisions returned ${list.length}, expected ${want}`);
    for (let i = 1; i < list.length; i++) if (list[i - 1].closesAt > list[i].closesAt) throw new Error('openDecisions not ordered by closesAt');
    return `${list.length} proposals`;
  };
  const dashboard = [];
  // The dashboard's page: the 50 closing soonest (the API's default), then the largest page the API gives (200).
  dashboard.push(await measureQuery('openDecisions (no filter, default page of 50)', base, carol, OPEN, { filter: null, first: null }, openCheck(Math.min(50, counts.open))));
  dashboard.push(await measureQuery('openDecisions (no filter, first: 200)', base, carol, OPEN, { filter: null, first: 200 }, openCheck(Math.min(200, counts.open))));
  dashboard.push(await measureQuery('openDecisions (closingWithinHours: 24)', base, carol, OPEN, { filter: { closingWithinHours: 24 }, first: null }, openCheck(Math.min(50, counts.within24))));
  dashboard.push(await measureQuery('openDecisions (followedOnly: true)', base, carol, OPEN, { filter: { followedOnly: true }, first: null }, openCheck(Math.min(50, counts.follows))));
  dashboard.push(
    await measureQuery('decisionStats', base, carol, STATS, { spaceIds: null }, (data) => {
      const s = data.decisionStats;
      if (s.decided !== counts.closed) throw new Error(`decisionStats.decided ${s.decided}, expected ${counts.closed}`);
      return `decided ${s.decided}, ${s.perMonth.length} months, median ${s.medianHoursToDecision} h`;
    }),
  );

  // Diagnostic: the same 200 rows without the resolved summary fields (counts, leading option, space):
  // the difference is the cost of resolving ~15 fields × 200 proposals in the API.
  const PLAIN = `query($first: Int) { openDecisions(first: $first) { id title process closesAt quorumPercent eligibleVoterCount tallyHidden } }`;
  const plainSamples = [];
  for (let i = 0; i < WARMUP + Math.ceil(REQUESTS / 2); i++) {
    const r = await post(base, carol, PLAIN, { first: 200 });
    if (r.errors) throw new Error(`plain openDecisions: ${JSON.stringify(r.errors)}`);
    if (i >= WARMUP) plainSamples.push(r.ms);
  }
  const plain = stats(plainSamples);
  log(`diagnostic: openDecisions, plain columns only (no summary fields), sequential: ${fmt(plain)}`);

  // EXPLAIN the openDecisions statement as the API sends it (bind parameters, custom plan).
  const plans = [];
  for (const [label, followedOnly, hours] of [['no filter', false, null], ['closingWithinHours 24', false, 24], ['followedOnly', true, null]]) {
    const q = positional(openDecisionsSql(followedOnly), { viewerId: carolUuid, spaceIds: null, hours, limit: 200 });
    const plan = planTime((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)).rows);
    plans.push({ label, ...plan });
    log(`EXPLAIN ANALYZE openDecisions (${label}): execution ${plan.execution.toFixed(2)} ms, planning ${plan.planning.toFixed(2)} ms`);
  }
  {
    const q = positional(STATS_SQL, { viewerId: carolUuid, spaceIds: null });
    const plan = planTime((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)).rows);
    plans.push({ label: 'decisionStats statement', stats: true, ...plan });
    log(`EXPLAIN ANALYZE decisionStats: execution ${plan.execution.toFixed(2)} ms, planning ${plan.planning.toFixed(2)} ms`);
  }
  console.log(`\nPlan of the openDecisions statement (no filter):\n${plans[0].text}`);
  const slowest = plans.filter((p) => !p.stats).reduce((a, b) => (b.execution > a.execution ? b : a));
  if (slowest !== plans[0]) console.log(`\nPlan of the slowest variant (${slowest.label}):\n${slowest.text}`);

  // ---- summary
  const waveErrors = votes.waves.reduce((sum, w) => sum + w.errors, 0);
  // The aim is the latency of one dashboard load (sequential p99, each query); the concurrent runs show queueing on one process.
  const worstP99 = Math.max(...dashboard.map((d) => d.sequential.p99));
  const worstConcurrentP99 = Math.max(...dashboard.map((d) => d.concurrent.p99));
  const dashErrors = dashboard.reduce((sum, d) => sum + d.errors, 0);
  console.log('\nDecisions benchmark');
  console.log(`  votes:       ${VOTERS} voters + the author on one MAJORITY proposal (${votes.eligible} eligible), API DB pool ${POOL}`);
  console.log(`  castVote alone:  ${fmt(votes.single.latency)}; ${votes.single.statements} SQL statements`);
  for (const w of votes.waves) {
    console.log(`  ${w.label.padEnd(16)} min ${w.latency.min.toFixed(0)} ms, ${fmt(w.latency)}; ${w.throughput.toFixed(0)} votes/s; errors ${w.errors}`);
    for (const e of w.distinct) console.log(`                   error: ${e}`);
    console.log(`                   connections: ${w.connections.advisory.toFixed(1)} of ${POOL} waiting on the advisory lock, ${w.connections.idleInTx.toFixed(1)} idle in transaction (mean)`);
  }
  console.log(`  close:       ${votes.outcome}; accepted ${votes.accepted}, vote rows ${votes.count}, voteCount ${votes.voteCount}, tally ${JSON.stringify(votes.tally)} (expected ${JSON.stringify(votes.want)}), records ${votes.records}`);
  console.log(`  votes lost: ${votes.lost}${votes.wrong ? ` (wrong option: ${votes.wrong})` : ''}${votes.extra ? ` (unreported: ${votes.extra})` : ''}${votes.tallyMatches ? '' : ' TALLY MISMATCH'}`);
  console.log(`  dashboard:   ${counts.open} open + ${counts.closed} closed proposals in ${SPACES} public spaces, ${counts.votes} votes; as carol (manager, member of none)`);
  for (const d of dashboard) {
    console.log(`  ${d.label} — ${d.detail}, ${d.statements} SQL statements`);
    console.log(`      sequential: ${fmt(d.sequential)}`);
    console.log(`      ${CONCURRENCY} at once:  ${fmt(d.concurrent)}, ${d.rps.toFixed(0)} req/s${d.errors ? `, ${d.errors} errors` : ''}`);
  }
  for (const p of plans) console.log(`  EXPLAIN ${p.stats ? p.label : `openDecisions (${p.label})`}: execution ${p.execution.toFixed(2)} ms`);
  console.log(`  diagnostic: openDecisions, 200 rows of plain columns only: ${fmt(plain)} — the summary fields cost the rest`);
  console.log(`  aim: dashboard p99 < ${DASHBOARD_AIM_MS} ms — ${worstP99 < DASHBOARD_AIM_MS ? 'met' : 'NOT met'} (worst sequential p99 ${worstP99.toFixed(1)} ms; with ${CONCURRENCY} at once ${worstConcurrentP99.toFixed(1)} ms)`);
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (waveErrors || votes.lost || votes.wrong || votes.extra || !votes.tallyMatches || dashErrors) {
    console.error(`FAILED: ${waveErrors} castVote errors, ${votes.lost} votes lost, ${votes.wrong} wrong, ${votes.extra} unreported, tally ${votes.tallyMatches ? 'ok' : 'mismatch'}, ${dashErrors} dashboard errors`);
    failed = true;
  }
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  if (apiTail().includes('"level":"error"') || /ERROR/i.test(apiTail())) console.error(`API output (tail):\n${apiTail().slice(-3000)}`);
  failed = true;
} finally {
  await cleanup();
  log(`dropped ${database}`);
  if (failed) process.exitCode = 1;
}
