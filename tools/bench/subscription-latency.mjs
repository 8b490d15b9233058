// Subscription latency: how long after a page save its `pageSaved` message
// reaches a subscriber's WebSocket, against the built API
// (dist/apps/api/main.js) in a throwaway database, loopback only, bounded in
// time. Two set-ups:
//
//   in-process  one API process (no REDIS_URL): save and subscription on it;
//   redis       two API processes with REDIS_URL on one database: the
//               subscription on A, the saves through B (fan-out via Redis).
//
// Saves are sequential: each waits for its message before the next. Nothing
// in the API exposes the commit instant, so each save is bracketed:
//
//   save→receipt    request sent → message received: an upper bound (it
//                   includes the save's own work before its commit);
//   answer→receipt  HTTP answer received → message received: a lower bound
//                   (the commit happened before the answer); negative when
//                   the message overtook the answer.
//
// With Redis the bench also listens on the Redis channel and reads each
// message's publishedAt (stamped by the consumer when it publishes), giving
// publish→receipt: Redis, the per-subscriber permission check and page load,
// and the WebSocket send.
//
//   node tools/bench/subscription-latency.mjs        (needs `npx nx build api`)
//   BENCH_SAVES=100 node tools/bench/subscription-latency.mjs
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { URLSearchParams } from 'node:url';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort, guardBench, requireLoopback, requireBuilt, elapsedLog } from './bench-support.mjs';
import WebSocket from 'ws';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SAVES = Number(process.env.BENCH_SAVES ?? 300);
const WARMUP = 20;
const RECEIPT_TIMEOUT_MS = 5_000;
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 10 * 60_000);
const MAIN = 'dist/apps/api/main.js';

requireLoopback({ database: SERVER, Redis: REDIS_URL });
requireBuilt(MAIN);

const started = performance.now();
const log = elapsedLog(started);
const database = `pnyx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
const dbUrl = new URL(SERVER);
dbUrl.pathname = `/${database}`;
const admin = new pg.Client({ connectionString: SERVER });
const children = new Set();
const closers = [];

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => {
    const force = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
  });
  children.delete(child);
}

/** Stops what this bench started, before its database is dropped. */
async function stopAll() {
  for (const close of closers.splice(0)) await close().catch(() => undefined);
  await Promise.all([...children].map(stop));
}

const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });


async function startApi(extraEnv) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: dbUrl.toString(),
      SEED_DEMO: 'false',
      WEB_DIST: 'none',
      LOG_LEVEL: 'warn',
      // Measures the API, not its rate limits.
      RATE_LIMIT_ENABLED: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output.slice(-3000)}`);
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return { child, base };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy in 120 s:\n${output.slice(-3000)}`);
}

async function token(issuerBase, username) {
  const response = await fetch(`${issuerBase}/realms/pnyx/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`No token for ${username}: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function gql(base, accessToken, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const fmt = (s) => (s.n ? `median ${s.median.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n})` : 'no samples');

/** Waits for messages by version; remembers when each arrived. */
function receipts() {
  const arrived = new Map();
  const waiting = new Map();
  return {
    arrive(version) {
      const at = { mono: performance.now(), wall: Date.now() };
      arrived.set(version, at);
      waiting.get(version)?.(at);
    },
    wait(version) {
      const at = arrived.get(version);
      if (at) return Promise.resolve(at);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(null), RECEIPT_TIMEOUT_MS);
        waiting.set(version, (value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

/**
 * One run: alice subscribes on `subscribeBase`, bob saves through `saveBase`
 * (`issuerBase` issues both tokens). Returns the samples.
 */
async function run(label, { subscribeBase, saveBase, issuerBase, redisChannel }) {
  const [alice, bob] = [await token(issuerBase, 'alice'), await token(issuerBase, 'bob')];
  for (const [base, t] of [[subscribeBase, alice], [saveBase, bob]]) await gql(base, t, '{ me { id } }');
  const key = `B${randomBytes(3).toString('hex')}`.toUpperCase();
  const space = (await gql(saveBase, alice, 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', { input: { key, name: `Bench ${label}`, visibility: 'PRIVATE' } })).createSpace;
  await gql(saveBase, alice, 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', { input: { spaceId: space.id, username: 'bob', role: 'MEMBER' } });
  const page = (await gql(saveBase, alice, 'mutation($input: CreatePageInput!) { createPage(input: $input) { id version } }', { input: { spaceId: space.id, title: 'Latency', body: 'v1' } })).createPage;

  const received = receipts();
  const client = createClient({ url: `${subscribeBase.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${alice}` } });
  closers.push(() => client.dispose());
  client.subscribe(
    { query: 'subscription($id: ID!) { pageSaved(pageId: $id) { version updatedBy { displayName } } }', variables: { id: page.id } },
    { next: (result) => result.data && received.arrive(result.data.pageSaved.version), error: (error) => log(`subscription error: ${JSON.stringify(error)}`), complete: () => undefined },
  );

  const published = new Map();
  if (redisChannel) {
    const listener = new Redis(REDIS_URL);
    closers.push(async () => listener.disconnect());
    await listener.subscribe(redisChannel);
    listener.on('message', (_channel, raw) => {
      const message = JSON.parse(raw);
      published.set(message.data.version, message.publishedAt);
    });
  }

  const UPDATE = 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }';
  let version = page.version;
  const save = async () => {
    const t0 = performance.now();
    const data = await gql(saveBase, bob, UPDATE, { input: { id: page.id, baseVersion: version, body: `Body ${version + 1} ${randomBytes(8).toString('hex')}` } });
    const t1 = performance.now();
    version = data.updatePage.version;
    return { version, t0, t1, at: await received.wait(version) };
  };

  // Until the first message arrives the subscription may not be live yet (no protocol message says so).
  let live = false;
  for (let i = 0; i < 50 && !live; i++) live = (await save()).at !== null;
  if (!live) throw new Error(`${label}: no message arrived for 50 saves`);
  for (let i = 0; i < WARMUP; i++) await save();

  const saveToReceipt = [];
  const answerToReceipt = [];
  const updatePage = [];
  const publishToReceipt = [];
  const receivedAt = new Map();
  let lost = 0;
  for (let i = 0; i < SAVES; i++) {
    const { version: v, t0, t1, at } = await save();
    updatePage.push(t1 - t0);
    if (!at) {
      lost++;
      continue;
    }
    saveToReceipt.push(at.mono - t0);
    answerToReceipt.push(at.mono - t1);
    receivedAt.set(v, at.wall);
  }
  // After the loop: the bench's own Redis listener may hear of a message a moment after the WebSocket did.
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const [v, wall] of receivedAt) if (published.has(v)) publishToReceipt.push(wall - published.get(v));
  for (const close of closers.splice(0)) await close();
  const result = { saveToReceipt: stats(saveToReceipt), answerToReceipt: stats(answerToReceipt), updatePage: stats(updatePage), publishToReceipt: stats(publishToReceipt), lost };
  log(`${label}: save→receipt ${fmt(result.saveToReceipt)}; lost ${lost}`);
  return result;
}

try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  log(`created ${database}`);

  const single = await startApi({});
  log(`in-process API up at ${single.base}`);
  const inProcess = await run('in-process', { subscribeBase: single.base, saveBase: single.base, issuerBase: single.base });
  await stop(single.child);

  const a = await startApi({ REDIS_URL });
  const b = await startApi({ REDIS_URL, OIDC_ISSUER_URL: `${a.base}/realms/pnyx` });
  log(`two API processes with Redis up at ${a.base} (subscriptions) and ${b.base} (saves)`);
  const redis = await run('redis', { subscribeBase: a.base, saveBase: b.base, issuerBase: a.base, redisChannel: `pnyx:${database}:page.saved` });

  console.log(`\nSubscription latency (${SAVES} sequential saves after ${WARMUP} warm-up, loopback)`);
  for (const [label, r] of [['in-process', inProcess], ['redis (subscribe on A, save through B)', redis]]) {
    console.log(`  ${label}`);
    console.log(`    save→receipt:    ${fmt(r.saveToReceipt)}   (upper bound of commit→receipt)`);
    console.log(`    answer→receipt:  ${fmt(r.answerToReceipt)}   (lower bound; negative: message before the answer)`);
    if (r.publishToReceipt.n) console.log(`    publish→receipt: ${fmt(r.publishToReceipt)}   (consumer's publish → client)`);
    console.log(`    updatePage:      ${fmt(r.updatePage)}`);
    if (r.lost) console.log(`    LOST: ${r.lost} messages did not arrive within ${RECEIPT_TIMEOUT_MS} ms`);
  }
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  await cleanup();
  log(`dropped ${database}`);
}
