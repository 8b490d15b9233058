// Wiki benchmark: 10,000 pages × 20 versions of ~5 kB, bulk-loaded with SQL
// into a throwaway database (schema from the app's own migrations), against
// the built API (dist/apps/api/main.js). Measures the `page` query (with
// revisions and backlinks) and `updatePage`, prints the database size, drops
// the database. Loopback only; bounded in time.
//
//   node tools/bench/wiki-bench.mjs            (npm run bench builds first)
//   BENCH_PAGES=2000 BENCH_REQUESTS=100 node tools/bench/wiki-bench.mjs
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort, guardBench, passwordToken, startBuiltApi, stopProcess, requireLoopback, requireBuilt, elapsedLog } from './bench-support.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const WARMUP = 30;
const ROOTS = 100;
const LINKS_PER_PAGE = 5;
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 20 * 60_000);
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
let db = null;
const admin = new pg.Client({ connectionString: SERVER });

/** Stops what this bench started, before its database is dropped. */
async function stopAll() {
  await db?.end().catch(() => undefined);
  await stopProcess(api);
}

const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });


async function startApi(port) {
  const started = await startBuiltApi({ main: MAIN, port, databaseUrl: dbUrl.toString(), env: { DB_POOL_SIZE: '10' } });
  return started.child;
}

const token = passwordToken;

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

/** Deterministic pseudo-random prose: `count` texts of ~5 kB without internal repetition (compresses like real text, not like a repeated string). */
function texts(count) {
  const words = (
    'the a of to and in for is on that with as by at from this be are it or an was risk page team data service policy process ' +
    'customer account payment claim contract review release deploy database backup restore incident change approval audit report ' +
    'quarter budget owner decision proposal option meeting action follow update version history member space access security ' +
    'network certificate token identity cluster replica migration schema index query latency throughput capacity monitoring alert ' +
    'runbook escalation handover compliance regulator control evidence finding measure deadline milestone roadmap priority scope ' +
    'Kunde Vertrag Zahlung Prüfung Maßnahme Bericht Freigabe Verantwortung Entscheidung Richtlinie Sicherheit Datenschutz Übersicht'
  ).split(' ');
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const out = [];
  for (let t = 0; t < count; t++) {
    const parts = [];
    let length = 0;
    while (length < 4_600) {
      const sentence = Array.from({ length: 8 + (next() % 12) }, () => words[next() % words.length]).join(' ');
      const line = `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
      parts.push(next() % 9 === 0 ? `\n\n## ${line.slice(0, 40)}\n\n${line}` : line);
      length += line.length + 1;
    }
    out.push(parts.join(' '));
  }
  return out;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n})`;

async function bulkLoad(db, spaceId, userIds) {
  const bodies = texts(40);
  await db.query('BEGIN');
  await db.query('SET LOCAL synchronous_commit = off');
  // Deterministic ids: page i is md5('bench-page-' || i)::uuid. Pages 1..ROOTS are roots; the rest sit under them.
  log(`inserting ${PAGES} pages`);
  await db.query(
    `INSERT INTO page (id, space_id, parent_id, position, title, slug, body, html, version, created_by, updated_by, created_at, updated_at)
     SELECT md5('bench-page-' || i)::uuid, $1,
            CASE WHEN i <= $3 THEN NULL ELSE md5('bench-page-' || ((i - 1) % $3 + 1))::uuid END,
            i, 'Bench page ' || i, 'bench-page-' || i, b.body, '<p>' || b.body || '</p>', $4,
            ($5::uuid[])[1 + i % cardinality($5::uuid[])], ($5::uuid[])[1 + (i + 1) % cardinality($5::uuid[])],
            now() - interval '400 days' + i * interval '1 minute', now() - (i % 1000) * interval '1 minute'
       FROM generate_series(1, $2) AS i
       CROSS JOIN LATERAL (
         SELECT '# Bench page ' || i || E'\\n\\n' || ($6::text[])[1 + i % cardinality($6::text[])] || E'\\n\\nSee also: ' ||
                (SELECT string_agg('[[Bench page ' || ((i * 7919 + k * 104729) % $2 + 1) || ']]', ', ') FROM generate_series(1, ${LINKS_PER_PAGE}) AS k) AS body
       ) AS b`,
    [spaceId, PAGES, ROOTS, VERSIONS, userIds, bodies],
  );
  log(`inserting ${PAGES * VERSIONS} revisions`);
  const BATCH = 1_000;
  for (let from = 1; from <= PAGES; from += BATCH) {
    await db.query(
      `INSERT INTO page_revision (page_id, version, title, body, summary, author_id, created_at)
       SELECT md5('bench-page-' || i)::uuid, v, 'Bench page ' || i,
              '# Bench page ' || i || ' (version ' || v || E')\\n\\n' || ($3::text[])[1 + (i + v) % cardinality($3::text[])],
              CASE WHEN v = 1 THEN NULL ELSE 'Edit ' || v END, ($4::uuid[])[1 + (i + v) % cardinality($4::uuid[])],
              now() - interval '400 days' + (i * $5 + v) * interval '1 minute'
         FROM generate_series($1::int, $2::int) AS i, generate_series(1, $5) AS v`,
      [from, Math.min(PAGES, from + BATCH - 1), bodies, userIds, VERSIONS],
    );
  }
  log('inserting slugs, links and labels');
  await db.query(`INSERT INTO page_slug (space_id, slug, page_id) SELECT $1, 'bench-page-' || i, md5('bench-page-' || i)::uuid FROM generate_series(1, $2) AS i`, [spaceId, PAGES]);
  await db.query(
    `INSERT INTO page_link (from_page_id, target_space_key, target_key, target_title, to_page_id, from_version)
     SELECT DISTINCT ON (i, t) md5('bench-page-' || i)::uuid, 'bench', 'bench-page-' || t, 'Bench page ' || t, md5('bench-page-' || t)::uuid, $3
       FROM generate_series(1, $1) AS i, generate_series(1, $2) AS k, LATERAL (SELECT (i * 7919 + k * 104729) % $1 + 1 AS t) AS x`,
    [PAGES, LINKS_PER_PAGE, VERSIONS],
  );
  await db.query(`INSERT INTO page_label (page_id, label) SELECT md5('bench-page-' || i)::uuid, l FROM generate_series(1, $1) AS i, LATERAL (VALUES ('bench'), ('topic-' || i % 50)) AS x(l)`, [PAGES]);
  await db.query('COMMIT');
  log('analyzing');
  await db.query('VACUUM ANALYZE');
}

async function measure(label, count, run) {
  const samples = [];
  for (let i = 0; i < count + WARMUP; i++) {
    const t0 = performance.now();
    await run(i);
    if (i >= WARMUP) samples.push(performance.now() - t0);
  }
  const result = stats(samples);
  log(`${label}: ${fmt(result)}`);
  return result;
}

try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  log(`created ${database} on ${serverUrl.host}`);
  const port = await freePort();
  api = await startApi(port);
  const base = `http://127.0.0.1:${port}`;
  log(`API up at ${base} (migrations applied by the app)`);

  const usernames = ['alice', 'bob', 'carol'];
  const tokens = Object.fromEntries(await Promise.all(usernames.map(async (u) => [u, await token(base, u)])));
  for (const username of usernames) await gql(base, tokens[username], '{ me { id } }'); // users are created on first sight
  const created = await gql(base, tokens.alice, 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
    input: { key: 'BENCH', name: 'Benchmark', visibility: 'PUBLIC' },
  });
  for (const username of ['bob', 'carol']) {
    await gql(base, tokens.alice, 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
      input: { spaceId: created.createSpace.id, username, role: 'MEMBER' },
    });
  }

  db = new pg.Client({ connectionString: dbUrl.toString() });
  db.on('error', () => undefined);
  await db.connect();
  const [{ id: spaceId }] = (await db.query(`SELECT id FROM space WHERE key = 'BENCH'`)).rows;
  const userIds = (await db.query('SELECT id FROM app_user WHERE username = ANY($1) ORDER BY username', [usernames])).rows.map((r) => r.id);
  await bulkLoad(db, spaceId, userIds);
  const pageIds = (await db.query('SELECT id FROM page WHERE NOT is_template ORDER BY random()')).rows.map((r) => Buffer.from(`Page:${r.id}`).toString('base64url'));
  const [{ avg_body: avgBody }] = (await db.query('SELECT round(avg(octet_length(body)))::int AS avg_body FROM page_revision')).rows;
  log(`loaded ${PAGES} pages × ${VERSIONS} versions (revision body ≈ ${avgBody} bytes)`);

  const READ = `query($id: ID!) { page(id: $id) { id title slug version html updatedAt author { username } labels
      revisions { version title summary createdAt author { username } } backlinks { id title slug } } }`;
  const READ_WITH_BODIES = `query($id: ID!) { page(id: $id) { id title version html revisions { version body summary createdAt author { username } } backlinks { id title slug } } }`;
  let backlinkTotal = 0;
  const read = await measure('page (revisions + backlinks)', REQUESTS, async (i) => {
    const data = await gql(base, tokens.bob, READ, { id: pageIds[i % pageIds.length] });
    if (data.page.revisions.length !== VERSIONS) throw new Error(`expected ${VERSIONS} revisions, got ${data.page.revisions.length}`);
    backlinkTotal += data.page.backlinks.length;
  });
  log(`(on average ${(backlinkTotal / (REQUESTS + WARMUP)).toFixed(1)} backlinks per page)`);
  const readBodies = await measure('page (revisions with bodies + backlinks)', REQUESTS, (i) => gql(base, tokens.bob, READ_WITH_BODIES, { id: pageIds[(i + 7 * REQUESTS) % pageIds.length] }));

  const UPDATE = `mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }`;
  const editBodies = texts(5);
  const update = await measure('updatePage', REQUESTS, async (i) => {
    const id = pageIds[pageIds.length - 1 - i];
    const body = `# Edited ${i}\n\n${editBodies[i % editBodies.length]}\n\nSee [[Bench page ${i + 1}]] and [[Bench page ${i + 2}]].\n\n\`\`\`ts\nconst x = ${i};\n\`\`\`\n`;
    const data = await gql(base, tokens[usernames[i % 3]], UPDATE, { input: { id, baseVersion: VERSIONS, body, summary: `bench edit ${i}` } });
    if (data.updatePage.version !== VERSIONS + 1) throw new Error(`unexpected version ${data.updatePage.version}`);
  });

  const sizes = (
    await db.query(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS database,
              pg_size_pretty(pg_total_relation_size('page')) AS page,
              pg_size_pretty(pg_total_relation_size('page_revision')) AS page_revision,
              pg_size_pretty(pg_total_relation_size('page_link')) AS page_link`,
    )
  ).rows[0];
  const ok = read.p99 < 50;
  console.log('\nWiki benchmark');
  console.log(`  data:        ${PAGES} pages × ${VERSIONS} versions, revision bodies ≈ ${avgBody} bytes, ${LINKS_PER_PAGE} links per page`);
  console.log(`  page read:   ${fmt(read)}  (aim: p99 < 50 ms — ${ok ? 'met' : 'NOT met'})`);
  console.log(`  …+ bodies:   ${fmt(readBodies)}`);
  console.log(`  updatePage:  ${fmt(update)}`);
  console.log(`  database:    ${sizes.database} (page ${sizes.page}, page_revision ${sizes.page_revision}, page_link ${sizes.page_link})`);
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  await cleanup();
  log(`dropped ${database}`);
}
