// One API process against two, against the built API (dist/apps/api/main.js)
// on a throwaway database and the machine's Redis (REDIS_URL in both modes,
// so the only difference is the second process):
//
// A mixed GraphQL workload over HTTP, 80 % reads (the home feed's first page,
// 20 items with actor and subject) and 20 % writes (createPost, rate limits
// off), from two autocannon instances at once, each with half the connections
// and its own user. "1 replica": both instances against process A. "2
// replicas": one against A, one against B (a second process on the same
// database and Redis, trusting A's identity provider). Requests/s are the two
// instances' sum; p50 and p99 the worse of the two (no merged histogram).
// A warm-up run before each measured one is not counted; the job backlog the
// writes leave (feed, search, notification deliveries) is printed after each
// run and drained before the next.
//
// The machine's cores are shared by PostgreSQL, the API processes and the
// load generator itself: the numbers say what this machine does, not what
// more cores would. Loopback only; bounded in time; drops its database however
// it ends. Exits non-zero when a request fails (non-2xx, GraphQL errors,
// timeouts) in a measured run.
//
//   node tools/bench/cluster-bench.mjs            (npm run bench builds first)
//   CLUSTER_BENCH_SECONDS=10 CLUSTER_BENCH_CONNECTIONS=8 node tools/bench/cluster-bench.mjs
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, guardBench, passwordToken, startBuiltApi, stopProcess, requireLoopback, requireBuilt, elapsedLog, envInt } from './bench-support.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const int = envInt;
const SECONDS = int('CLUSTER_BENCH_SECONDS', 15, 3, 120);
const WARMUP_SECONDS = int('CLUSTER_BENCH_WARMUP_SECONDS', 3, 0, 30);
const CONNECTIONS = int('CLUSTER_BENCH_CONNECTIONS', 10, 2, 200); // in all, half per autocannon instance
const ROUNDS = int('CLUSTER_BENCH_ROUNDS', 2, 1, 10);
const SEED_POSTS = int('CLUSTER_BENCH_SEED_POSTS', 200, 20, 20_000);
const TIME_LIMIT_MS = int('BENCH_TIME_LIMIT_MS', 10 * 60_000, 60_000, 60 * 60_000);
const SETTLE_TIMEOUT_MS = 120_000;
const MAIN = 'dist/apps/api/main.js';

requireLoopback({ BENCH_DATABASE_URL: SERVER, BENCH_REDIS_URL: REDIS_URL });
requireBuilt(MAIN);

const started = performance.now();
const log = elapsedLog(started);
const database = `pnyx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
const dbUrl = new URL(SERVER);
dbUrl.pathname = `/${database}`;

const FEED = `query HomeFeed($first: Int) {
  feed(first: $first) {
    nodes {
      id kind createdAt
      actor { username displayName }
      subject { __typename ... on Post { id html hashtags reactions { emoji count reactedByMe } replyCount author { username } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE_POST = 'mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { id } }';

const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const processes = [];
const stopAll = async () => {
  await Promise.all(processes.map((p) => stopProcess(p.child)));
};
const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });
const db = new pg.Client({ connectionString: dbUrl.toString() });

async function startProcess(env = {}) {
  const port = await freePort();
  const api = await startBuiltApi({ main: MAIN, port, databaseUrl: dbUrl.toString(), env: { REDIS_URL, ...env } });
  const running = { ...api, url: `http://127.0.0.1:${port}` };
  processes.push(running);
  return running;
}

async function gql(url, token, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: globalThis.AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Jobs still to run (deliveries to the feed, search and notifications) and events not yet relayed. */
async function backlog() {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM graphile_worker.jobs WHERE task_identifier = 'deliver-event') AS jobs,
            (SELECT count(*)::int FROM outbox_event WHERE published_at IS NULL) AS events`,
  );
  return rows[0];
}

async function settle() {
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const left = await backlog();
    if (left.jobs === 0 && left.events === 0) return;
    if (Date.now() > until) throw new Error(`Background work did not drain in ${SETTLE_TIMEOUT_MS / 1000} s: ${JSON.stringify(left)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One autocannon instance: a cycle of 4 feed reads and 1 createPost per connection; counts GraphQL errors in 200s. */
function load(url, token, connections, seconds) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const read = { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: FEED, variables: { first: 20 } }) };
  const write = { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: CREATE_POST, variables: { input: { body: 'A benchmark post, one of many #bench' } } }) };
  const seen = { checked: 0, graphqlErrors: 0, firstError: null };
  const check = (status, body) => {
    seen.checked++;
    if (status === 200 && body.includes('"errors"')) {
      seen.graphqlErrors++;
      seen.firstError ??= body.slice(0, 300);
    }
  };
  const requests = [read, read, read, read, write].map((r) => ({ ...r, onResponse: check }));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (error, result) => (error ? reject(error) : resolve({ result, seen })));
  });
}

/** Both instances at once, against `targets` (two URLs); the combined numbers. */
async function measure(label, targets, tokens) {
  const half = Math.floor(CONNECTIONS / 2);
  if (WARMUP_SECONDS) await Promise.all(targets.map((url, i) => load(url, tokens[i], i === 0 ? CONNECTIONS - half : half, WARMUP_SECONDS)));
  await settle();
  const runs = await Promise.all(targets.map((url, i) => load(url, tokens[i], i === 0 ? CONNECTIONS - half : half, SECONDS)));
  const left = await backlog();
  const sum = (pick) => runs.reduce((s, r) => s + pick(r), 0);
  const row = {
    label,
    requests: sum((r) => r.result.requests.total),
    rps: sum((r) => r.result.requests.total) / SECONDS,
    p50: Math.max(...runs.map((r) => r.result.latency.p50)),
    p99: Math.max(...runs.map((r) => r.result.latency.p99)),
    // A response body left unchecked counts as a failure: GraphQL errors come with status 200.
    failures: sum((r) => r.result.non2xx + r.result.errors + r.result.timeouts + r.seen.graphqlErrors + Math.max(0, r.result.requests.total - r.seen.checked)),
    firstError: runs.map((r) => r.seen.firstError).find(Boolean) ?? null,
    backlogAfter: left.jobs,
  };
  log(`${label}: ${row.rps.toFixed(0)} requests/s (${row.requests} in ${SECONDS} s), p50 ${row.p50} ms, p99 ${row.p99} ms, failures ${row.failures}, delivery jobs left ${row.backlogAfter}`);
  await settle();
  return row;
}

let failed = false;
try {
  await db.connect();
  log(`Database ${database}; starting process A`);
  const a = await startProcess();
  const issuer = `${a.url}/realms/pnyx`;
  const tokens = [await passwordToken(a.url, 'alice'), await passwordToken(a.url, 'bob')];

  log(`Seeding ${SEED_POSTS} posts through the API`);
  const authors = ['alice', 'bob', 'carol'];
  const authorTokens = await Promise.all(authors.map((u) => passwordToken(a.url, u)));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < SEED_POSTS) {
        const i = next++;
        await gql(a.url, authorTokens[i % authors.length], CREATE_POST, { input: { body: `Seed post ${i} #seed${i % 10}` } });
      }
    }),
  );
  await settle();
  const feed = await gql(a.url, tokens[0], FEED, { first: 20 });
  if (feed.feed.nodes.length !== 20) throw new Error(`The feed has ${feed.feed.nodes.length} items, expected 20`);

  // Rounds alternate (1, 2, 1, 2…) so that a busier moment of the shared machine does not land on one side only;
  // B runs only during its own runs (idle, its job workers would still share the 1-replica run's background work).
  const rows = { 1: [], 2: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    rows[1].push(await measure(`round ${round}, 1 replica  (A, A)`, [a.url, a.url], tokens));
    log('Starting process B');
    const b = await startProcess({ OIDC_ISSUER_URL: issuer });
    await gql(b.url, tokens[1], FEED, { first: 20 });
    rows[2].push(await measure(`round ${round}, 2 replicas (A, B)`, [a.url, b.url], tokens));
    await stopProcess(b.child);
    processes.splice(processes.indexOf(b), 1);
  }

  console.log(`\n${CONNECTIONS} connections in all (two autocannon instances), ${SECONDS} s per run, 80 % feed reads / 20 % createPost, ${ROUNDS} round(s)`);
  console.log('| replicas | round | requests/s | p50 ms | p99 ms | failures |');
  console.log('|---|---|---|---|---|---|');
  for (const n of [1, 2]) rows[n].forEach((row, i) => console.log(`| ${n} | ${i + 1} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.failures} |`));
  const mean = (list) => list.reduce((s, r) => s + r.rps, 0) / list.length;
  console.log(`2 replicas / 1 replica: ${(mean(rows[2]) / mean(rows[1])).toFixed(2)}× the requests/s (mean over rounds)`);
  for (const row of [...rows[1], ...rows[2]]) {
    if (row.failures) {
      failed = true;
      console.error(`${row.label}: ${row.failures} failed requests; first GraphQL error: ${row.firstError ?? 'none'}`);
    }
  }
} catch (error) {
  failed = true;
  console.error(error);
  for (const p of processes) console.error(p.output().slice(-2000));
} finally {
  await db.end().catch(() => undefined);
  await cleanup();
}
process.exit(failed ? 1 : 0);
