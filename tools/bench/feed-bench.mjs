// Activity feed benchmark, against the built API (dist/apps/api/main.js) on a
// throwaway database (schema from the app's own migrations):
//
// One reader (a minted token; their user row is the one the API syncs) over a
// bulk-loaded feed: 10,000 people, 200 spaces (20 private), 1,000,000
// micro-posts (90 % to everyone, 10 % in spaces, ~20 % with a hashtag) and
// 20,000 published blog posts, each with its feed_item row (seq in time
// order over the last year), as the 'feed' event consumer would have written
// them. The reader belongs to 10 spaces (2 private) and follows 50 people,
// 3 spaces and 5 hashtags.
//
// The web's home feed query, for Everything and for Following (filter
// { following: true }): the first page, the page after 1,000 items (reached
// by following the cursors 50 pages down) and a page from the middle of the
// table (a cursor built for seq ≈ half, as the API's encodeKeyset does):
// sequential latency after a warm-up, SQL statements per request, and
// requests/s with 8 at a time on the first pages. Then EXPLAIN (ANALYZE,
// BUFFERS) of the everything and following statements (copied from
// libs/api/feed/src/lib/feed.repository.ts and feed-sql.ts: keep in step).
//
// Loopback only; bounded in count and time; drops its database however it ends.
// Exits non-zero when a feed request fails or a page is wrong; the aim
// (p99 < 50 ms, a deep page as fast as the first) is reported, not enforced.
//
//   node tools/bench/feed-bench.mjs            (npm run bench builds first)
//   FEED_BENCH_POSTS=20000 FEED_BENCH_BLOG_POSTS=500 FEED_BENCH_USERS=500 FEED_BENCH_REQUESTS=30 node tools/bench/feed-bench.mjs
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { importJWK, SignJWT } from 'jose';
import pg from 'pg';
import { freePort, guardBench, startBuiltApi, stopProcess, requireLoopback, requireBuilt, elapsedLog, envInt } from './bench-support.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const int = envInt;
const USERS = int('FEED_BENCH_USERS', 10_000, 200, 200_000);
const SPACES = int('FEED_BENCH_SPACES', 200, 20, 10_000);
const PRIVATE_SPACES = int('FEED_BENCH_PRIVATE_SPACES', 20, 2, SPACES - 11);
const POSTS = int('FEED_BENCH_POSTS', 1_000_000, 5_000, 5_000_000);
const BLOG_POSTS = int('FEED_BENCH_BLOG_POSTS', 20_000, 10, 1_000_000);
const DEEP_PAGES = int('FEED_BENCH_DEEP_PAGES', 50, 1, 500);
const REQUESTS = int('FEED_BENCH_REQUESTS', 200, 10, 5_000);
const WARMUP = int('FEED_BENCH_WARMUP', 20, 0, 1_000);
const CONCURRENCY = int('FEED_BENCH_CONCURRENCY', 8, 1, 64);
const POOL = int('FEED_BENCH_DB_POOL', 10, 1, 80); // the API's default
const TIME_LIMIT_MS = int('BENCH_TIME_LIMIT_MS', 10 * 60_000, 60_000, 60 * 60_000);
if (BLOG_POSTS * 2 > POSTS + BLOG_POSTS) {
  console.error('FEED_BENCH_BLOG_POSTS must be at most FEED_BENCH_POSTS');
  process.exit(2);
}
const REQUEST_TIMEOUT_MS = 60_000;
const PAGE = 20;
const AIM_P99_MS = 50;
const TAGS = 50; // distinct hashtags; the reader follows 5 of them
const EVENT_OFFSET = 1_000_000_000_000; // feed_item.event_id is unique: bench items sit far above the outbox's ids
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

/** A token for `username`, signed with the embedded provider's own key and shaped like its tokens (as decisions-bench does). */
async function tokenFor(db, issuer, username) {
  const { rows } = await db.query(`SELECT kid, private_jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
  if (!rows.length) throw new Error('No signing key in idp_key');
  const jwk = typeof rows[0].private_jwk === 'string' ? JSON.parse(rows[0].private_jwk) : rows[0].private_jwk;
  const key = await importJWK(jwk, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: issuer,
    aud: 'pnyx-api',
    sub: `bench-${username}`,
    iat: now,
    exp: now + 3600,
    preferred_username: username,
    name: 'Feed Reader',
    realm_access: { roles: ['employee'] },
    azp: 'pnyx-web',
  })
    .setProtectedHeader({ alg: 'RS256', kid: rows[0].kid })
    .sign(key);
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

/** The API's cursor for a feed position: base64url JSON of [seq] (encodeKeyset in libs/api/core/graphql/src/lib/connection.ts). */
const cursorOf = (seq) => Buffer.from(JSON.stringify([seq])).toString('base64url');
const seqOf = (cursor) => JSON.parse(Buffer.from(cursor, 'base64url').toString())[0];

// ---------------------------------------------------------------- the statements

/** The web's home feed: the item, who did it and a card per subject type. */
const FEED = `query HomeFeed($first: Int, $after: String, $filter: FeedFilter) {
  feed(first: $first, after: $after, filter: $filter) {
    nodes {
      id kind createdAt
      actor { username displayName }
      subject {
        __typename
        ... on Post { id html hashtags reactions { emoji count reactedByMe } replyCount author { username } }
        ... on BlogPost { id title }
        ... on Page { id title }
        ... on Proposal { id title status }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Copied from libs/api/feed/src/lib/feed-sql.ts and libs/api/spaces/src/lib/readable-spaces.sql.ts: keep in step.
const feedColumns = (a) =>
  `${a}.id, ${a}.seq, ${a}.kind, ${a}.actor_id AS "actorId", ${a}.subject_type AS "subjectType", ${a}.subject_id AS "subjectId",
   ${a}.space_id AS "spaceId", ${a}.created_at AS "createdAt"`;
const readableSpacesSql = (column) => `EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = ${column}
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = :viewerId)))`;
const feedReadableSql = (a) => `(${a}.space_id IS NULL OR ${readableSpacesSql(`${a}.space_id`)})`;
const belowCursorSql = (column, afterSeq) => (afterSeq === null ? 'TRUE' : `${column} < CAST(:afterSeq AS bigint)`);

/** FeedRepository.everything (libs/api/feed/src/lib/feed.repository.ts), no space filter: keep in step. */
const everythingSql = (afterSeq) => `SELECT ${feedColumns('f')} FROM feed_item f
        WHERE ${belowCursorSql('f.seq', afterSeq)} AND TRUE AND ${feedReadableSql('f')}
        ORDER BY f.seq DESC LIMIT :limit`;

/** FeedRepository.following (the same file): keep in step. */
const followingSql = (afterSeq) => {
  const below = belowCursorSql('f.seq', afterSeq);
  return `WITH actors AS (
         SELECT CAST(:viewerId AS uuid) AS id
         UNION SELECT subject_id FROM follow WHERE user_id = :viewerId AND subject_type = 'User'
       ), spaces AS (
         SELECT space_id AS id FROM space_member WHERE user_id = :viewerId
         UNION SELECT subject_id FROM follow WHERE user_id = :viewerId AND subject_type = 'Space'
       ), picked AS (
         SELECT x.seq FROM actors a CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item f WHERE f.actor_id = a.id AND ${below} AND ${feedReadableSql('f')} ORDER BY f.seq DESC LIMIT :limit) x
         UNION
         SELECT x.seq FROM spaces s CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item f WHERE f.space_id = s.id AND ${below} AND ${feedReadableSql('f')} ORDER BY f.seq DESC LIMIT :limit) x
         UNION
         SELECT x.seq FROM hashtag_follow h CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item_tag t JOIN feed_item f ON f.seq = t.seq
            WHERE t.tag = h.tag AND ${belowCursorSql('t.seq', afterSeq)} AND ${feedReadableSql('f')} ORDER BY t.seq DESC LIMIT :limit) x
          WHERE h.user_id = :viewerId
       )
       SELECT ${feedColumns('f')} FROM feed_item f
        WHERE f.seq IN (SELECT seq FROM picked ORDER BY seq DESC LIMIT :limit)
        ORDER BY f.seq DESC`;
};

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

// ---------------------------------------------------------------- the data

/**
 * Bulk-loads the feed. Item k (1…TOTAL) has seq k and is a blog post when
 * k % STRIDE = 0, else a micro-post; created over the last year in seq
 * order. 10 % of items (k % 10 = 3) sit in a space; 20 % of micro-posts
 * ((k / 10) % 5 = 0) carry one of TAGS hashtags. Spaces 1…PRIVATE_SPACES are
 * private. The reader wrote every 997th item, is a member of spaces 1, 2 and
 * PRIVATE_SPACES + 1…+8, and follows spaces +9…+11, 50 people and #topic0…4.
 */
async function bulkLoad(db, readerId) {
  const others = USERS - 1; // the reader's row came from the API
  const total = POSTS + BLOG_POSTS;
  const stride = Math.floor(total / BLOG_POSTS);
  // The same SQL expressions in every statement (item k's author, space, time).
  const user = (expr) => `md5('fb-user-' || (${expr}))::uuid`;
  const actor = `CASE WHEN k % 997 = 0 THEN CAST($1 AS uuid) ELSE ${user(`(k::bigint * 7919) % ${others} + 1`)} END`;
  const space = `CASE WHEN k % 10 = 3 THEN md5('fb-space-' || (((k / 10) * 7) % ${SPACES} + 1))::uuid END`;
  const at = `now() - (${total} - k) * (interval '365 days' / ${total})`;
  const tagged = `(k / 10) % 5 = 0`;
  const tag = `'topic' || ((k / 50) % ${TAGS})`;
  const step = async (label, sql, params = []) => {
    const t0 = performance.now();
    const r = await db.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? '-'} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await db.query('SET synchronous_commit = off');
  await step(
    `${others} people`,
    `INSERT INTO app_user (id, subject, username, display_name, roles, created_at, updated_at)
     SELECT ${user('u')}, 'bench-fb-user-' || u, 'fbuser' || lpad(u::text, 6, '0'), 'Person ' || u, '{employee}', now() - interval '2 years', now()
       FROM generate_series(1, ${others}) AS u`,
  );
  await step(
    `${SPACES} spaces (${PRIVATE_SPACES} private)`,
    `INSERT INTO space (id, key, name, description, visibility, created_by)
     SELECT md5('fb-space-' || s)::uuid, 'FEED' || s, 'Feed space ' || s, 'Bulk-loaded for the feed benchmark',
            CASE WHEN s <= ${PRIVATE_SPACES} THEN 'PRIVATE' ELSE 'PUBLIC' END, ${user(`(s * 37) % ${others} + 1`)}
       FROM generate_series(1, ${SPACES}) AS s`,
  );
  await step(
    'space members (an owner and 20 members each; the reader in 10)',
    `INSERT INTO space_member (space_id, user_id, role)
     SELECT md5('fb-space-' || s)::uuid, ${user(`(s * 37 + j * 101) % ${others} + 1`)}, CASE WHEN j = 0 THEN 'OWNER' ELSE 'MEMBER' END
       FROM generate_series(1, ${SPACES}) AS s, generate_series(0, 20) AS j
     UNION ALL
     SELECT md5('fb-space-' || s)::uuid, CAST($1 AS uuid), 'MEMBER' FROM unnest(ARRAY[1, 2] || ARRAY(SELECT generate_series(${PRIVATE_SPACES + 1}, ${PRIVATE_SPACES + 8}))) AS s
     ON CONFLICT DO NOTHING`,
    [readerId],
  );
  await step(
    `${POSTS} micro-posts`,
    `INSERT INTO post (id, author_id, space_id, body, html, hashtags, created_at)
     SELECT md5('fb-post-' || k)::uuid, ${actor}, ${space},
            'Post ' || k || CASE WHEN ${tagged} THEN ' #' || ${tag} ELSE '' END,
            '<p>Post ' || k || CASE WHEN ${tagged} THEN ' <a class="hashtag" href="/tags/' || ${tag} || '">#' || ${tag} || '</a>' ELSE '' END || '</p>',
            CASE WHEN ${tagged} THEN ARRAY[${tag}] ELSE '{}' END, ${at}
       FROM generate_series(1, ${total}) AS k WHERE k % ${stride} <> 0`,
    [readerId],
  );
  await step(
    `${Math.floor(total / stride)} published blog posts`,
    `INSERT INTO blog_post (id, author_id, space_id, title, body, html, status, published_at, created_at, updated_at)
     SELECT md5('fb-blog-' || k)::uuid, ${actor}, ${space}, 'Blog post ' || k || ': notes from the team',
            'Bulk-loaded blog post ' || k || '.', '<p>Bulk-loaded blog post ' || k || '.</p>', 'PUBLISHED', ${at}, ${at}, ${at}
       FROM generate_series(${stride}, ${total}, ${stride}) AS k`,
    [readerId],
  );
  await step(
    'feed items (seq k, event_id offset + k)',
    `INSERT INTO feed_item (event_id, seq, kind, actor_id, subject_type, subject_id, space_id, created_at) OVERRIDING SYSTEM VALUE
     SELECT ${EVENT_OFFSET} + k, k,
            CASE WHEN k % ${stride} = 0 THEN 'BLOG_POST_PUBLISHED' ELSE 'POST_CREATED' END, ${actor},
            CASE WHEN k % ${stride} = 0 THEN 'BlogPost' ELSE 'Post' END,
            CASE WHEN k % ${stride} = 0 THEN md5('fb-blog-' || k)::uuid ELSE md5('fb-post-' || k)::uuid END, ${space}, ${at}
       FROM generate_series(1, ${total}) AS k`,
    [readerId],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('feed_item', 'seq'), ${total})`);
  await step(
    'post hashtags',
    `INSERT INTO post_hashtag (post_id, tag, created_at)
     SELECT md5('fb-post-' || k)::uuid, ${tag}, ${at} FROM generate_series(1, ${total}) AS k WHERE k % ${stride} <> 0 AND ${tagged}`,
  );
  await step(
    'feed item tags',
    `INSERT INTO feed_item_tag (tag, seq) SELECT ${tag}, k FROM generate_series(1, ${total}) AS k WHERE k % ${stride} <> 0 AND ${tagged}`,
  );
  await step(
    'reactions (two on every 10th post, the reader on every 100th)',
    `INSERT INTO reaction (subject_type, subject_id, emoji, user_id, created_at)
     SELECT 'Post', md5('fb-post-' || k)::uuid, e.emoji, ${user(`(k + e.n) % ${others} + 1`)}, ${at}
       FROM generate_series(7, ${total}, 10) AS k, (VALUES (1, '👍'), (2, '🎉')) AS e(n, emoji) WHERE k % ${stride} <> 0
     UNION ALL
     SELECT 'Post', md5('fb-post-' || k)::uuid, '❤️', CAST($1 AS uuid), ${at} FROM generate_series(7, ${total}, 100) AS k WHERE k % ${stride} <> 0`,
    [readerId],
  );
  await step(
    'the reader follows 50 people and 3 spaces',
    `INSERT INTO follow (user_id, subject_type, subject_id)
     SELECT CAST($1 AS uuid), 'User', ${user(`(i * 199) % ${others} + 1`)} FROM generate_series(1, 50) AS i
     UNION ALL
     SELECT CAST($1 AS uuid), 'Space', md5('fb-space-' || s)::uuid FROM generate_series(${PRIVATE_SPACES + 9}, ${PRIVATE_SPACES + 11}) AS s
     ON CONFLICT DO NOTHING`,
    [readerId],
  );
  await step(
    'the reader follows 5 hashtags',
    `INSERT INTO hashtag_follow (user_id, tag) SELECT CAST($1 AS uuid), 'topic' || i FROM generate_series(0, 4) AS i`,
    [readerId],
  );
  const t0 = performance.now();
  await db.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { total, stride };
}

// ---------------------------------------------------------------- the measurements

/** Checks a page: `size` items (unless the feed ends), newest first, all below `belowSeq`. */
function checkPage(data, label, belowSeq = Infinity) {
  const { nodes, pageInfo } = data.feed;
  if (!nodes.length) throw new Error(`${label}: empty page`);
  if (nodes.length !== PAGE && pageInfo.hasNextPage) throw new Error(`${label}: ${nodes.length} items but more follow`);
  for (let i = 1; i < nodes.length; i++) if (nodes[i - 1].createdAt < nodes[i].createdAt) throw new Error(`${label}: not newest first`);
  if (nodes.some((n) => !n.subject?.id || !n.actor?.username)) throw new Error(`${label}: an item without subject or actor`);
  const end = seqOf(pageInfo.endCursor);
  if (!(end < belowSeq)) throw new Error(`${label}: end seq ${end} not below ${belowSeq}`);
  return { count: nodes.length, end, posts: nodes.filter((n) => n.subject.__typename === 'Post').length };
}

/** Follows the cursors `pages` pages down, checking each; returns the cursor after them and the walk's latencies. */
async function walk(base, token, filter, pages) {
  let after = null;
  const seen = new Set();
  const samples = [];
  for (let p = 0; p < pages; p++) {
    const r = await post(base, token, FEED, { first: PAGE, after, filter });
    if (r.errors) throw new Error(`walk page ${p + 1}: ${JSON.stringify(r.errors)}`);
    checkPage(r.data, `walk page ${p + 1}`, after ? seqOf(after) : Infinity);
    for (const n of r.data.feed.nodes) {
      if (seen.has(n.id)) throw new Error(`walk page ${p + 1}: item ${n.id} twice`);
      seen.add(n.id);
    }
    samples.push(r.ms);
    if (!r.data.feed.pageInfo.hasNextPage) throw new Error(`the feed ended after ${p + 1} pages`);
    after = r.data.feed.pageInfo.endCursor;
  }
  return { after, items: seen.size, latency: stats(samples) };
}

async function measure(label, base, token, variables, { concurrent = false } = {}) {
  const counted = await post(base, token, FEED, variables, { countStatements: true });
  if (counted.errors) throw new Error(`${label}: ${JSON.stringify(counted.errors)}`);
  const page = checkPage(counted.data, label, variables.after ? seqOf(variables.after) : Infinity);
  for (let i = 0; i < WARMUP; i++) {
    const r = await post(base, token, FEED, variables);
    if (r.errors) throw new Error(`${label}: ${JSON.stringify(r.errors)}`);
  }
  let errors = 0;
  const sequential = [];
  for (let i = 0; i < REQUESTS; i++) {
    const r = await post(base, token, FEED, variables);
    if (r.errors) errors++;
    sequential.push(r.ms);
  }
  const result = { label, page, statements: counted.statements, sequential: stats(sequential), errors };
  if (concurrent) {
    const t0 = performance.now();
    const samples = await pool(REQUESTS, CONCURRENCY, async () => {
      const r = await post(base, token, FEED, variables);
      if (r.errors) errors++;
      return r.ms;
    });
    result.concurrent = stats(samples);
    result.rps = REQUESTS / ((performance.now() - t0) / 1000);
    result.errors = errors;
  }
  log(`${label} [${page.count} items (${page.posts} posts), end seq ${page.end}; ${result.statements} SQL statements]`);
  log(`  sequential:   ${fmt(result.sequential)}${result.errors ? `, ${result.errors} ERRORS` : ''}`);
  if (concurrent) log(`  ${CONCURRENCY} at a time: ${fmt(result.concurrent)}, ${result.rps.toFixed(0)} req/s`);
  return result;
}

function planTime(rows) {
  const text = rows.map((r) => r['QUERY PLAN']).join('\n');
  const execution = /Execution Time: ([\d.]+) ms/.exec(text);
  const planning = /Planning Time: ([\d.]+) ms/.exec(text);
  const buffers = /Buffers: ([^\n]+)/.exec(text);
  return { text, execution: execution ? Number(execution[1]) : NaN, planning: planning ? Number(planning[1]) : NaN, buffers: buffers ? buffers[1].trim() : '' };
}

// ---------------------------------------------------------------- run

let failed = false;
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  log(`created ${database} on ${serverUrl.host}`);
  const port = await freePort();
  const apiStarted = await startBuiltApi({ main: MAIN, port, databaseUrl: dbUrl.toString(), env: { DB_POOL_SIZE: String(POOL) } });
  api = apiStarted.child;
  apiTail = apiStarted.output;
  const base = `http://127.0.0.1:${port}`;
  log(`API up at ${base} (migrations applied by the app; DB pool ${POOL}, rate limits off)`);

  db = new pg.Client({ connectionString: dbUrl.toString() });
  db.on('error', () => undefined);
  await db.connect();

  const token = await tokenFor(db, `${base}/realms/pnyx`, 'feed-reader');
  await gql(base, token, '{ me { id } }'); // the API writes the reader's user row
  const [{ id: readerId }] = (await db.query(`SELECT id FROM app_user WHERE username = 'feed-reader'`)).rows;
  log(`reader feed-reader signed in (RS256 token minted with the provider's key), user ${readerId}`);

  log(`bulk-loading ${USERS} people, ${SPACES} spaces, ${POSTS} micro-posts and ${BLOG_POSTS} blog posts with their feed items`);
  const loadStarted = performance.now();
  const { total } = await bulkLoad(db, readerId);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM space)::int AS spaces,
              (SELECT count(*) FROM post)::int AS posts, (SELECT count(*) FROM post WHERE space_id IS NOT NULL)::int AS "postsInSpaces",
              (SELECT count(*) FROM post_hashtag)::int AS "postHashtags", (SELECT count(*) FROM blog_post)::int AS "blogPosts",
              (SELECT count(*) FROM feed_item)::int AS "feedItems", (SELECT count(*) FROM feed_item_tag)::int AS "feedItemTags",
              (SELECT count(*) FROM reaction)::int AS reactions, (SELECT count(*) FROM space_member WHERE user_id = $1)::int AS "readerSpaces",
              (SELECT count(*) FROM follow WHERE user_id = $1 AND subject_type = 'User')::int AS "readerFollowsPeople",
              (SELECT count(*) FROM follow WHERE user_id = $1 AND subject_type = 'Space')::int AS "readerFollowsSpaces",
              (SELECT count(*) FROM hashtag_follow WHERE user_id = $1)::int AS "readerFollowsTags",
              pg_size_pretty(pg_total_relation_size('feed_item')) AS "feedItemSize"`,
      [readerId],
    )
  ).rows[0];
  log(`loaded in ${loadSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
  const followed = (
    await db.query(
      `SELECT count(*)::int AS n FROM feed_item f WHERE f.actor_id = $1
          OR f.actor_id IN (SELECT subject_id FROM follow WHERE user_id = $1 AND subject_type = 'User')
          OR f.space_id IN (SELECT space_id FROM space_member WHERE user_id = $1 UNION SELECT subject_id FROM follow WHERE user_id = $1 AND subject_type = 'Space')
          OR f.seq IN (SELECT t.seq FROM feed_item_tag t JOIN hashtag_follow h ON h.tag = t.tag AND h.user_id = $1)`,
      [readerId],
    )
  ).rows[0].n;
  log(`the reader's Following feed holds about ${followed} items (before visibility) of ${counts.feedItems}`);

  const EVERYTHING = null;
  const FOLLOWING = { following: true };
  const middle = cursorOf(Math.floor(total / 2) + 1);
  const results = [];
  for (const [name, filter] of [
    ['Everything', EVERYTHING],
    ['Following', FOLLOWING],
  ]) {
    const deep = await walk(base, token, filter, DEEP_PAGES);
    log(`${name}: followed the cursors ${DEEP_PAGES} pages down (${deep.items} distinct items, newest first): ${fmt(deep.latency)}; deep cursor at seq ${seqOf(deep.after)}`);
    results.push(await measure(`${name}, first page`, base, token, { first: PAGE, after: null, filter }, { concurrent: true }));
    results.push(await measure(`${name}, page ${DEEP_PAGES + 1} (after ${deep.items} items)`, base, token, { first: PAGE, after: deep.after, filter }));
    results.push(await measure(`${name}, middle of the table (after seq ${seqOf(middle)})`, base, token, { first: PAGE, after: middle, filter }));
  }

  // EXPLAIN the statements as the API sends them (bind parameters, custom plan), first page and the middle cursor.
  const plans = [];
  for (const [name, sql] of [
    ['everything', everythingSql],
    ['following', followingSql],
  ]) {
    for (const [where, afterSeq] of [
      ['first page', null],
      [`after seq ${seqOf(middle)}`, String(seqOf(middle))],
    ]) {
      const q = positional(sql(afterSeq), { viewerId: readerId, afterSeq, limit: PAGE + 1 });
      const plan = planTime((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)).rows);
      plans.push({ label: `${name}, ${where}`, ...plan });
      log(`EXPLAIN ANALYZE ${name} (${where}): execution ${plan.execution.toFixed(2)} ms, planning ${plan.planning.toFixed(2)} ms, buffers ${plan.buffers}`);
    }
  }
  const slowest = plans.reduce((a, b) => (b.execution > a.execution ? b : a));
  console.log(`\nPlan of the slowest statement (${slowest.label}):\n${slowest.text}`);

  // ---- summary
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const worst = results.reduce((a, b) => (b.sequential.p99 > a.sequential.p99 ? b : a));
  console.log('\nFeed benchmark');
  console.log(
    `  data:   ${counts.users} people, ${counts.spaces} spaces (${PRIVATE_SPACES} private), ${counts.posts} micro-posts (${counts.postsInSpaces} in spaces, ${counts.postHashtags} with a hashtag), ` +
      `${counts.blogPosts} blog posts, ${counts.feedItems} feed items (${counts.feedItemSize}), ${counts.reactions} reactions; loaded in ${loadSeconds.toFixed(1)} s`,
  );
  console.log(
    `  reader: member of ${counts.readerSpaces} spaces (2 private), follows ${counts.readerFollowsPeople} people, ${counts.readerFollowsSpaces} spaces, ${counts.readerFollowsTags} hashtags; ` +
      `Following holds ~${followed} items`,
  );
  console.log(`  ${REQUESTS} sequential requests after ${WARMUP} warm-up ones, first: ${PAGE}, API DB pool ${POOL}:`);
  for (const r of results) {
    console.log(`  ${r.label} — ${r.statements} SQL statements`);
    console.log(`      sequential: ${fmt(r.sequential)}${r.errors ? `, ${r.errors} errors` : ''}`);
    if (r.concurrent) console.log(`      ${CONCURRENCY} at once:  ${fmt(r.concurrent)}, ${r.rps.toFixed(0)} req/s`);
  }
  for (const p of plans) console.log(`  EXPLAIN ${p.label}: execution ${p.execution.toFixed(2)} ms, planning ${p.planning.toFixed(2)} ms`);
  const p50 = (label) => results.find((r) => r.label.startsWith(label)).sequential.p50;
  const ratio = (name) => Math.max(p50(`${name}, page`), p50(`${name}, middle`)) / p50(`${name}, first`);
  console.log(
    `  aim: p99 < ${AIM_P99_MS} ms — ${worst.sequential.p99 < AIM_P99_MS ? 'met' : 'NOT met'} (worst sequential p99 ${worst.sequential.p99.toFixed(1)} ms: ${worst.label}); ` +
      `deep page as fast as the first — deepest p50 / first p50: Everything ${ratio('Everything').toFixed(2)}, Following ${ratio('Following').toFixed(2)}`,
  );
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (errors) {
    console.error(`FAILED: ${errors} feed requests failed`);
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
