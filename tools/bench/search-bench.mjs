// Search benchmark, against the built API (dist/apps/api/main.js) on a
// throwaway database (schema from the app's own migrations):
//
// One reader (a minted token; their user row is the one the API syncs) over a
// bulk-loaded index: 200,000 search_document rows (40 % Page, 40 % Post,
// 10 % BlogPost, 10 % Proposal), half English and half German text made of
// sentences from word lists (titles of 3–8 words, bodies of 50–400 words),
// in 200 spaces (20 private; posts and blog posts also outside spaces), 5 %
// of them drafts (blog posts and proposals) of their random authors, over a
// year. The reader belongs to 10 spaces (2 private).
//
// Only documents' rows are written for the SQL timing, but GraphQL `search`
// loads every hit through its module: every 10th document is a real page
// (a `page` row with the document's id, title and body; 20,000), the newest
// (last 14 days) and the only ones with the searched words in their titles
// (and three times in their bodies), so the measured pages are made of real
// pages. The searched words are also sprinkled once into the bodies of many
// other documents, so the queries match (and rank) many more than a page.
//
// Measured: the load (rows, then the indexes the migration made, dropped
// during the load and rebuilt with their own definitions) and sizes; GraphQL
// `search` latency (sequential after a warm-up, SQL statements per request,
// totalCount) for a common word, two words, a German inflection, a "phrase",
// an -exclusion, a typo in a title word, a rare word, types [PAGE] and sort
// DATE; 8 at a time for the common word; the lag from a createPage commit to
// the page being found (polling every 20 ms); EXPLAIN (ANALYZE, BUFFERS) of
// the search statement for the common word (by relevance and by date), the
// typo and the rare word (copied from
// libs/api/search-index/src/lib/search-index.repository.ts: keep in step).
//
// Loopback only; bounded in count and time (each measured query samples for at
// most SEARCH_BENCH_QUERY_SECONDS per phase: a slow one shows a smaller n);
// drops its database however it ends.
// Exits non-zero when a request fails or a page is not found; the aims
// (p99 < 200 ms, commit → searchable ≤ 1 s) are reported, not enforced.
//
//   node tools/bench/search-bench.mjs            (npm run bench builds first)
//   SEARCH_BENCH_DOCS=20000 SEARCH_BENCH_REQUESTS=30 SEARCH_BENCH_WARMUP=5 SEARCH_BENCH_LAG_PAGES=10 node tools/bench/search-bench.mjs   (about 1 minute)
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import { importJWK, SignJWT } from 'jose';
import pg from 'pg';
import { freePort, guardBench, startBuiltApi, stopProcess, requireLoopback, requireBuilt, elapsedLog, envInt } from './bench-support.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const int = envInt;
const DOCS = int('SEARCH_BENCH_DOCS', 200_000, 2_000, 2_000_000);
const USERS = int('SEARCH_BENCH_USERS', 2_000, 50, 100_000);
const SPACES = int('SEARCH_BENCH_SPACES', 200, 20, 10_000);
const PRIVATE_SPACES = int('SEARCH_BENCH_PRIVATE_SPACES', 20, 2, SPACES - 11);
const REQUESTS = int('SEARCH_BENCH_REQUESTS', 200, 10, 5_000);
const WARMUP = int('SEARCH_BENCH_WARMUP', 20, 0, 1_000);
const CONCURRENCY = int('SEARCH_BENCH_CONCURRENCY', 8, 1, 64);
const LAG_PAGES = int('SEARCH_BENCH_LAG_PAGES', 30, 1, 500);
// Per measured query and phase (warm-up, sequential, concurrent): stop sampling after this many seconds (a slow
// query then reports fewer than SEARCH_BENCH_REQUESTS samples: see n), so the defaults end well within 10 minutes.
const QUERY_SECONDS = int('SEARCH_BENCH_QUERY_SECONDS', 15, 2, 600);
const WARMUP_SECONDS = Math.min(5, QUERY_SECONDS);
const POOL = int('SEARCH_BENCH_DB_POOL', 10, 1, 80); // the API's default
const TIME_LIMIT_MS = int('BENCH_TIME_LIMIT_MS', 10 * 60_000, 60_000, 60 * 60_000);
const REQUEST_TIMEOUT_MS = 60_000;
const LAG_TIMEOUT_MS = 10_000;
const LAG_POLL_MS = 20;
const PAGE = 20;
const BATCH = 2_000;
const AIM_P99_MS = 200;
const AIM_LAG_MS = 1_000;
const RECENT_DAYS = 14; // real pages are the newest documents
const RARE_DOCS = 8; // real pages carrying the rare word
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
let db2 = null;
const admin = new pg.Client({ connectionString: SERVER });

/** Stops what this bench started, before its database is dropped. */
async function stopAll() {
  await db?.end().catch(() => undefined);
  await db2?.end().catch(() => undefined);
  await stopProcess(api);
}

const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });

/** A token for `username`, signed with the embedded provider's own key and shaped like its tokens (as feed-bench does). */
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
    name: 'Search Reader',
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

/** md5 of `text` as a uuid: the same as PostgreSQL's md5(text)::uuid. */
const uuidOf = (text) => createHash('md5').update(text).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const userId = (u) => uuidOf(`sb-user-${u}`);
const spaceId = (s) => uuidOf(`sb-space-${s}`);
/** The API's global id (encodeId in libs/shared/contracts). */
const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

// ---------------------------------------------------------------- the statements

/** The web's results page (libs/web/search/src/lib/data-access/search.graphql, trimmed to the types loaded here). */
const SEARCH = `query Search($query: String!, $types: [SearchType!], $first: Int, $after: String, $filter: SearchFilter, $sort: SearchSort) {
  search(query: $query, types: $types, first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      score snippet
      node {
        __typename
        ... on Page { id title slug updatedAt pageSpace: space { id key name } }
        ... on BlogPost { id title createdAt publishedAt blogSpace: space { id key name } }
        ... on Post { id body createdAt postSpace: space { id key name } }
        ... on Proposal { id title createdAt proposalSpace: space { id key name } }
      }
    }
  }
}`;

const CREATE_PAGE = `mutation CreatePage($input: CreatePageInput!) { createPage(input: $input) { id } }`;

// Copied from libs/api/search-index/src/lib/search-index.repository.ts (TSV, findableSql, HEADLINE_OPTIONS,
// SearchIndexRepository.search) and libs/api/spaces/src/lib/readable-spaces.sql.ts: keep in step.
const TSV = (title, body) => `setweight(to_tsvector('english', CAST(${title} AS text)), 'A') || setweight(to_tsvector('german', CAST(${title} AS text)), 'A')
  || setweight(to_tsvector('english', CAST(${body} AS text)), 'B') || setweight(to_tsvector('german', CAST(${body} AS text)), 'B')`;
const readableSpacesSql = (column) => `EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = ${column}
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = :viewerId)))`;
const findableSql = `(d.draft_of IS NULL OR d.draft_of = :viewerId) AND (d.space_id IS NULL OR ${readableSpacesSql('d.space_id')})`;
const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
function searchSql(c) {
  const tsq = `(websearch_to_tsquery('english', CAST(:query AS text)) || websearch_to_tsquery('german', CAST(:query AS text)))`;
  const relevance = c.sort !== 'DATE';
  const where = [
    `(d.tsv @@ ${tsq}${c.fuzzy ? ' OR (lower(CAST(:query AS text)) <% lower(d.title) AND word_similarity(lower(CAST(:query AS text)), lower(d.title)) >= 0.75)' : ''})`,
    findableSql,
    'TRUE', // all four types
    'TRUE',
    'TRUE',
    'TRUE',
    'TRUE',
  ].join(' AND ');
  const score = relevance ? `ts_rank_cd(d.tsv, ${tsq}, 32)${c.fuzzy ? ' + 0.1 * word_similarity(lower(CAST(:query AS text)), lower(d.title))' : ''}` : '0';
  const order = (a) => (relevance ? `${a}.score DESC, ${a}.occurred_at DESC, ${a}.subject_id` : `${a}.occurred_at DESC, ${a}.subject_id`);
  const de = `websearch_to_tsquery('german', CAST(:query AS text))`;
  const en = `websearch_to_tsquery('english', CAST(:query AS text))`;
  return `WITH hits AS MATERIALIZED (
         SELECT d.subject_type, d.subject_id, d.occurred_at, ${score} AS score FROM search_document d WHERE ${where}
       ), page AS (
         SELECT h.* FROM hits h ORDER BY ${order('h')} LIMIT :limit OFFSET :offset
       )
       SELECT p.subject_type AS "subjectType", p.subject_id AS "subjectId", p.score::float8 AS score,
              (SELECT count(*) FROM hits)::int AS total,
              CASE WHEN d.tsv @@ ${de} THEN ts_headline('german', d.body, ${de}, ${HEADLINE_OPTIONS})
                   ELSE ts_headline('english', d.body, ${en}, ${HEADLINE_OPTIONS}) END AS snippet
         FROM page p JOIN search_document d ON d.subject_type = p.subject_type AND d.subject_id = p.subject_id
        ORDER BY ${order('p')}`;
}
/** isPlainWords (libs/api/search-index/src/lib/search-text.ts): typos are forgiven for plain words up to 60 characters. */
const fuzzyFor = (query) => !/["']|(^|\s)-\S|(^|\s)OR(\s|$)/.test(query) && query.length <= 60;

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

// ---------------------------------------------------------------- the text

/** mulberry32: the same data on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261130);
const pick = (list) => list[Math.floor(random() * list.length)];
/** Zipf-like: earlier words are much more frequent. */
const zipf = (list) => list[Math.floor(list.length * random() ** 2.2)];
const words = (text) => text.split(' ');

// The searched words (project, budget, review, release, plan, meeting, Entscheidung(en), Quartalsbericht,
// xylograph) are not in these lists: they are placed on purpose (see documentText).
const EN = {
  noun: words(
    'team customer service report data system process update issue roadmap feature strategy quality deadline milestone contract partner office ' +
      'product market user account server network database document policy training workshop design interface account-manager sprint backlog ' +
      'invoice supplier warehouse schedule proposal-draft request approval colleague department headcount forecast revenue migration incident ' +
      'dashboard pipeline template checklist guideline handbook audit certificate license onboarding offboarding survey feedback benchmark',
  ),
  verb: words(
    'improves supports changes reviews-later explains describes replaces extends summarises tracks blocks delays simplifies documents tests ' +
      'prepares publishes discusses evaluates shares measures automates requires clarifies updates',
  ),
  adj: words(
    'new current internal external quarterly annual important critical simple detailed shared open final early late regional global ' +
      'technical financial legal reliable secure flexible',
  ),
  adv: words('today quickly carefully again soon regularly together internally next-week this-month'),
};
const DE = {
  noun: words(
    'Team Kunde Bericht Daten System Prozess Änderung Thema Funktion Strategie Qualität Frist Meilenstein Vertrag Partner Büro Produkt Markt ' +
      'Nutzer Konto Server Netzwerk Datenbank Dokument Richtlinie Schulung Werkstatt Oberfläche Abteilung Prognose Umsatz Umstellung Störung ' +
      'Übersicht Vorlage Checkliste Leitfaden Handbuch Prüfung Zertifikat Lizenz Einarbeitung Umfrage Rückmeldung Lieferant Rechnung Lager ' +
      'Zeitplan Anfrage Freigabe Kollegin Kollege Standort Vorstand Betriebsrat Arbeitsgruppe Verantwortung Abstimmung Anforderung',
  ),
  verb: words(
    'verbessert unterstützt ändert erklärt beschreibt ersetzt erweitert fasst zusammen verfolgt blockiert verzögert vereinfacht dokumentiert ' +
      'testet bereitet vor veröffentlicht bespricht bewertet teilt misst automatisiert erfordert klärt aktualisiert',
  ),
  adj: words(
    'neue aktuelle interne externe jährliche wichtige kritische einfache ausführliche gemeinsame offene endgültige frühe späte regionale ' +
      'globale technische finanzielle rechtliche zuverlässige sichere flexible',
  ),
  adv: words('heute schnell sorgfältig wieder bald regelmäßig gemeinsam intern nächste-Woche diesen-Monat'),
  det: words('der die das'),
};
const clean = (w) => w.replace(/-/g, ' ');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
function sentence(lang) {
  if (lang === 'en') {
    const t = Math.floor(random() * 4);
    const [a, b, c] = [zipf(EN.noun), zipf(EN.noun), zipf(EN.noun)].map(clean);
    const s =
      t === 0
        ? `the ${pick(EN.adj)} ${a} ${clean(pick(EN.verb))} the ${b} ${clean(pick(EN.adv))}`
        : t === 1
          ? `we need a ${pick(EN.adj)} ${a} for the ${b} before the ${c} is due`
          : t === 2
            ? `our ${a} ${clean(pick(EN.verb))} every ${pick(EN.adj)} ${b} and the ${c}`
            : `please check the ${a} and the ${pick(EN.adj)} ${b} with the ${c} team ${clean(pick(EN.adv))}`;
    return `${cap(s)}.`;
  }
  const t = Math.floor(random() * 4);
  const [a, b, c] = [zipf(DE.noun), zipf(DE.noun), zipf(DE.noun)];
  const s =
    t === 0
      ? `${pick(DE.det)} ${pick(DE.adj)} ${a} ${pick(DE.verb)} ${pick(DE.det)} ${b} ${clean(pick(DE.adv))}`
      : t === 1
        ? `wir brauchen eine ${pick(DE.adj)} ${a} für ${pick(DE.det)} ${b}, bevor ${pick(DE.det)} ${c} fällig ist`
        : t === 2
          ? `unser ${a} ${pick(DE.verb)} jede ${pick(DE.adj)} ${b} und ${pick(DE.det)} ${c}`
          : `bitte prüft ${pick(DE.det)} ${a} und ${pick(DE.det)} ${pick(DE.adj)} ${b} mit ${pick(DE.det)} ${c} ${clean(pick(DE.adv))}`;
  return `${cap(s)}.`;
}
/** Sentences carrying the searched words, by language. */
const KEYWORD_SENTENCES = {
  project: (lang) => (lang === 'en' ? 'The project team met again.' : null),
  budget: (lang) => (lang === 'en' ? 'The budget was approved.' : 'Das Budget ist freigegeben.'),
  review: (lang) => (lang === 'en' ? 'A review follows next month.' : 'Das Review folgt im nächsten Monat.'),
  release: (lang) => (lang === 'en' ? 'The release moved again.' : null),
  plan: (lang) => (lang === 'en' ? 'We keep to the plan.' : 'Wir halten uns an den Plan.'),
  releasePlan: (lang) => (lang === 'en' ? 'The release plan is in the handbook.' : null),
  meeting: (lang) => (lang === 'en' ? 'The meeting starts at ten.' : 'Das Meeting beginnt um zehn.'),
  entscheidung: (lang) => (lang === 'de' ? pick(['Die Entscheidung fällt am Freitag.', 'Alle Entscheidungen stehen im Protokoll.']) : null),
  quartalsbericht: (lang) => (lang === 'de' ? 'Der Quartalsbericht liegt im Ordner.' : null),
};
/** How often each is sprinkled (once) into the other documents' bodies. */
const SPRINKLE = { project: 0.5, budget: 0.1, review: 0.1, release: 0.08, plan: 0.08, releasePlan: 0.04, meeting: 0.1, entscheidung: 0.3, quartalsbericht: 0.03 };
/** A real page's topic: its title starts with these, its body repeats their sentences three times. */
const TOPICS = [
  { lang: 'en', title: 'Project review', keys: ['project', 'review'] },
  { lang: 'en', title: 'Budget review', keys: ['budget', 'review'] },
  { lang: 'en', title: 'Release plan', keys: ['releasePlan'] },
  { lang: 'en', title: 'Meeting notes', keys: ['meeting'] },
  { lang: 'de', title: 'Entscheidungen', keys: ['entscheidung'] },
  { lang: 'de', title: 'Quartalsbericht', keys: ['quartalsbericht'] },
];

/** A title (3–8 words) and a body (50–400 words); a real page's `topic` puts the searched words in both. */
function documentText(lang, topic, rare) {
  const nouns = lang === 'en' ? EN.noun : DE.noun;
  const titleWords = [];
  const size = 3 + Math.floor(random() * 6);
  if (topic) titleWords.push(...topic.title.split(' '));
  while (titleWords.length < size) titleWords.push(clean(zipf(nouns)));
  const target = 50 + Math.floor(random() * 351);
  const sentences = [];
  let count = 0;
  const add = (s) => {
    sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, s);
    count += s.split(' ').length;
  };
  if (topic) for (let i = 0; i < 3; i++) for (const key of topic.keys) add(KEYWORD_SENTENCES[key](lang));
  else
    for (const [key, p] of Object.entries(SPRINKLE)) {
      const s = random() < p ? KEYWORD_SENTENCES[key](lang) : null;
      if (s) add(s);
    }
  if (rare) add('The xylograph archive is in the basement.');
  while (count < target) add(sentence(lang));
  // Paragraphs of about five sentences, as markdownToText leaves them.
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return { title: cap(titleWords.join(' ')).slice(0, 200), body: paragraphs.join('\n\n') };
}

// ---------------------------------------------------------------- the data

const TYPES = ['Page', 'Page', 'Page', 'Page', 'Post', 'Post', 'Post', 'Post', 'BlogPost', 'Proposal']; // by k % 10
const REAL_EVERY = 10; // k % 10 = 0: a real page

/** Document k (0…DOCS-1): its type, space, author, draft state, time and text. */
function documentRow(k, now) {
  const type = TYPES[k % 10];
  const real = k % REAL_EVERY === 0;
  const lang = real ? TOPICS[(k / REAL_EVERY) % TOPICS.length].lang : random() < 0.5 ? 'en' : 'de';
  const topic = real ? TOPICS[(k / REAL_EVERY) % TOPICS.length] : null;
  const rare = real && (k / REAL_EVERY) % Math.max(1, Math.floor(DOCS / REAL_EVERY / RARE_DOCS)) === 1;
  const inSpace = type === 'Page' || type === 'Proposal' || random() < 0.3;
  const space = inSpace ? 1 + Math.floor(random() * SPACES) : null;
  const author = 1 + Math.floor(random() * USERS);
  const draft = (type === 'BlogPost' || type === 'Proposal') && random() < 0.25; // 5 % of all documents
  const day = 86_400_000;
  const age = real ? random() * RECENT_DAYS * day : RECENT_DAYS * day + random() * (365 - RECENT_DAYS) * day;
  const { title, body } = documentText(lang, topic, rare);
  const slug = `${real ? 'real' : 'doc'}-${k}`;
  return {
    type,
    id: uuidOf(`sb-doc-${k}`),
    space: space === null ? null : spaceId(space),
    author: userId(author),
    draft: draft ? userId(author) : null,
    title,
    body,
    path: type === 'Page' ? `/s/SRCH${space}/${slug}` : `/${type.toLowerCase()}s/${k}`,
    at: new Date(now - age).toISOString(),
  };
}

async function step(client, label, sql, params = []) {
  const t0 = performance.now();
  const r = await client.query(sql, params);
  log(`  ${label}: ${r.rowCount ?? '-'} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** People, spaces (1…PRIVATE_SPACES private), members (the reader in 1, 2 and PRIVATE_SPACES + 1…+8). */
async function loadPeopleAndSpaces(readerId) {
  await step(
    db,
    `${USERS} people`,
    `INSERT INTO app_user (id, subject, username, display_name, roles, created_at, updated_at)
     SELECT md5('sb-user-' || u)::uuid, 'bench-sb-user-' || u, 'sbuser' || lpad(u::text, 6, '0'), 'Person ' || u, '{employee}', now() - interval '2 years', now()
       FROM generate_series(1, ${USERS}) AS u`,
  );
  await step(
    db,
    `${SPACES} spaces (${PRIVATE_SPACES} private)`,
    `INSERT INTO space (id, key, name, description, visibility, created_by)
     SELECT md5('sb-space-' || s)::uuid, 'SRCH' || s, 'Search space ' || s, 'Bulk-loaded for the search benchmark',
            CASE WHEN s <= ${PRIVATE_SPACES} THEN 'PRIVATE' ELSE 'PUBLIC' END, md5('sb-user-' || ((s * 37) % ${USERS} + 1))::uuid
       FROM generate_series(1, ${SPACES}) AS s`,
  );
  await step(
    db,
    'space members (an owner and 20 members each; the reader in 10)',
    `INSERT INTO space_member (space_id, user_id, role)
     SELECT md5('sb-space-' || s)::uuid, md5('sb-user-' || ((s * 37 + j * 101) % ${USERS} + 1))::uuid, CASE WHEN j = 0 THEN 'OWNER' ELSE 'MEMBER' END
       FROM generate_series(1, ${SPACES}) AS s, generate_series(0, 20) AS j
     UNION ALL
     SELECT md5('sb-space-' || s)::uuid, CAST($1 AS uuid), 'MEMBER' FROM unnest(ARRAY[1, 2] || ARRAY(SELECT generate_series(${PRIVATE_SPACES + 1}, ${PRIVATE_SPACES + 8}))) AS s
     ON CONFLICT DO NOTHING`,
    [readerId],
  );
}

/** Inserts the documents in batches on two connections (both cores stem), tsv computed by the server as the repository does. */
async function loadDocuments() {
  const insert = `INSERT INTO search_document (subject_type, subject_id, space_id, author_id, draft_of, title, body, path, tsv, occurred_at, indexed_at)
    SELECT x.t, x.id, x.sp, x.au, x.dr, x.ti, x.bo, x.pa, ${TSV('x.ti', 'x.bo')}, x.oc, now()
      FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::timestamptz[]) AS x(t, id, sp, au, dr, ti, bo, pa, oc)`;
  const now = Date.now();
  let next = 0;
  let words = 0;
  const t0 = performance.now();
  const worker = async (client) => {
    while (next < DOCS) {
      const from = next;
      const to = Math.min(DOCS, from + BATCH);
      next = to;
      const cols = [[], [], [], [], [], [], [], [], []];
      for (let k = from; k < to; k++) {
        const d = documentRow(k, now);
        words += d.body.split(/\s+/).length;
        [d.type, d.id, d.space, d.author, d.draft, d.title, d.body, d.path, d.at].forEach((v, i) => cols[i].push(v));
      }
      await client.query(insert, cols);
      if (Math.floor(to / 50_000) !== Math.floor(from / 50_000)) log(`  … ${to} documents`);
    }
  };
  await Promise.all([worker(db), worker(db2)]);
  const seconds = (performance.now() - t0) / 1000;
  log(`  ${DOCS} documents (${words} body words, ${Math.round(words / DOCS)} on average; tsv computed in the INSERT) in ${seconds.toFixed(1)} s`);
  return { seconds, words };
}

// ---------------------------------------------------------------- the measurements

async function measure(label, base, token, variables, { concurrent = false, expectPages = true } = {}) {
  const counted = await post(base, token, SEARCH, variables, { countStatements: true });
  if (counted.errors) throw new Error(`${label}: ${JSON.stringify(counted.errors)}`);
  const { totalCount, nodes } = counted.data.search;
  const pages = nodes.filter((n) => n.node.__typename === 'Page').length;
  if (expectPages && nodes.length === 0) throw new Error(`${label}: no hits`);
  const warmUntil = performance.now() + WARMUP_SECONDS * 1000;
  for (let i = 0; i < WARMUP && performance.now() < warmUntil; i++) {
    const r = await post(base, token, SEARCH, variables);
    if (r.errors) throw new Error(`${label}: ${JSON.stringify(r.errors)}`);
  }
  let errors = 0;
  const sequential = [];
  const until = performance.now() + QUERY_SECONDS * 1000;
  for (let i = 0; i < REQUESTS && performance.now() < until; i++) {
    const r = await post(base, token, SEARCH, variables);
    if (r.errors) {
      errors++;
      if (errors === 1) console.error(`${label}: ${JSON.stringify(r.errors).slice(0, 500)}`);
    }
    sequential.push(r.ms);
  }
  const result = { label, totalCount, hits: nodes.length, pages, statements: counted.statements, sequential: stats(sequential), errors };
  if (concurrent) {
    const t0 = performance.now();
    const concurrentUntil = t0 + QUERY_SECONDS * 1000;
    const samples = await pool(REQUESTS, CONCURRENCY, async () => {
      if (performance.now() >= concurrentUntil) return null; // over time: the rest are not sent
      const r = await post(base, token, SEARCH, variables);
      if (r.errors) errors++;
      return r.ms;
    });
    const sent = samples.filter((ms) => ms !== null);
    result.concurrent = stats(sent);
    result.rps = sent.length / ((performance.now() - t0) / 1000);
    result.errors = errors;
  }
  log(`${label} [totalCount ${totalCount}; ${nodes.length} hits on the page (${pages} real pages); ${result.statements} SQL statements]`);
  log(`  sequential:   ${fmt(result.sequential)}${result.errors ? `, ${result.errors} ERRORS` : ''}`);
  if (concurrent) log(`  ${CONCURRENCY} at a time: ${fmt(result.concurrent)}, ${result.rps.toFixed(1)} req/s`);
  return result;
}

/** Creates a page with a unique word and polls search for it: ms from the mutation's response (after its commit) until found. */
async function lag(base, token, space, i) {
  const word = `lagprobe${i}x${randomBytes(4).toString('hex')}`;
  const t0 = performance.now();
  const created = await post(base, token, CREATE_PAGE, {
    input: { spaceId: globalId('Space', space), title: `Lag probe ${i} ${word}`, body: `A page created to measure the search lag: ${word}.` },
  });
  const committed = performance.now();
  if (created.errors) throw new Error(`createPage: ${JSON.stringify(created.errors)}`);
  let polls = 0;
  while (performance.now() - committed < LAG_TIMEOUT_MS) {
    polls++;
    const r = await post(base, token, SEARCH, { query: word, first: 1 });
    if (r.errors) throw new Error(`search ${word}: ${JSON.stringify(r.errors)}`);
    if (r.data.search.totalCount > 0) return { ms: performance.now() - committed, fromRequest: performance.now() - t0, mutation: committed - t0, polls };
    await sleep(LAG_POLL_MS);
  }
  return { ms: Infinity, fromRequest: Infinity, mutation: committed - t0, polls };
}

function planTime(rows) {
  const text = rows.map((r) => r['QUERY PLAN']).join('\n');
  const execution = /Execution Time: ([\d.]+) ms/.exec(text);
  const planning = /Planning Time: ([\d.]+) ms/.exec(text);
  const buffers = /Buffers: ([^\n]+)/.exec(text);
  return { text, execution: execution ? Number(execution[1]) : NaN, planning: planning ? Number(planning[1]) : NaN, buffers: buffers ? buffers[1].trim() : '' };
}

// ---------------------------------------------------------------- run

const QUERIES = [
  { label: 'common word "project"', vars: { query: 'project' }, concurrent: true },
  { label: 'two words "budget review"', vars: { query: 'budget review' } },
  { label: 'German inflection "Entscheidungen"', vars: { query: 'Entscheidungen' } },
  { label: 'phrase "\\"release plan\\""', vars: { query: '"release plan"' } },
  { label: 'exclusion "meeting -budget"', vars: { query: 'meeting -budget' } },
  { label: 'typo in a title word "Quartalsbericth"', vars: { query: 'Quartalsbericth' } },
  { label: 'rare word "xylograph"', vars: { query: 'xylograph' } },
  { label: '"project", types [PAGE]', vars: { query: 'project', types: ['PAGE'] } },
  { label: '"project", sort DATE', vars: { query: 'project', sort: 'DATE' } },
];

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
  db2 = new pg.Client({ connectionString: dbUrl.toString() });
  for (const c of [db, db2]) {
    c.on('error', () => undefined);
    await c.connect();
    await c.query('SET synchronous_commit = off');
  }

  const token = await tokenFor(db, `${base}/realms/pnyx`, 'search-reader');
  await gql(base, token, '{ me { id } }'); // the API writes the reader's user row
  const [{ id: readerId }] = (await db.query(`SELECT id FROM app_user WHERE username = 'search-reader'`)).rows;
  log(`reader search-reader signed in (RS256 token minted with the provider's key), user ${readerId}`);

  log(`bulk-loading ${USERS} people, ${SPACES} spaces and ${DOCS} search documents (${Math.ceil(DOCS / REAL_EVERY)} of them real pages)`);
  const loadStarted = performance.now();
  await loadPeopleAndSpaces(readerId);
  // The indexes the migration made on search_document, dropped for the load and rebuilt from their own definitions.
  const indexes = (
    await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_document' AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`)
  ).rows;
  for (const ix of indexes) await db.query(`DROP INDEX ${ix.indexname}`);
  const docs = await loadDocuments();
  const indexStarted = performance.now();
  await Promise.all(
    [db, db2].map(async (client, w) => {
      await client.query(`SET maintenance_work_mem = '256MB'`);
      for (const ix of indexes.filter((_, i) => i % 2 === w)) await step(client, `index ${ix.indexname}`, ix.indexdef);
    }),
  );
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await step(
    db,
    'real pages (page rows for every 10th document: its id, space, title, body)',
    `INSERT INTO page (id, space_id, title, slug, body, html, version, created_by, updated_by, created_at, updated_at)
     SELECT d.subject_id, d.space_id, d.title, substring(d.path FROM '[^/]+$'), d.body, '<p>' || replace(d.body, E'\\n\\n', '</p><p>') || '</p>', 1,
            d.author_id, d.author_id, d.occurred_at, d.occurred_at
       FROM search_document d WHERE d.subject_type = 'Page' AND d.path LIKE '%/real-%'`,
  );
  const t0 = performance.now();
  await db.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM search_document)::int AS documents,
              (SELECT json_object_agg(subject_type, n) FROM (SELECT subject_type, count(*)::int AS n FROM search_document GROUP BY 1) t) AS "byType",
              (SELECT count(*) FROM search_document WHERE draft_of IS NOT NULL)::int AS drafts,
              (SELECT count(*) FROM search_document WHERE space_id IS NULL)::int AS "noSpace",
              (SELECT count(*) FROM page)::int AS "realPages",
              (SELECT count(*) FROM space_member WHERE user_id = $1)::int AS "readerSpaces",
              pg_size_pretty(pg_relation_size('search_document')) AS "heap",
              pg_size_pretty(pg_total_relation_size('search_document') - pg_relation_size('search_document') - pg_indexes_size('search_document')) AS "toast",
              pg_size_pretty(pg_indexes_size('search_document')) AS "indexes",
              pg_size_pretty(pg_total_relation_size('search_document')) AS "total",
              pg_size_pretty(pg_relation_size('search_document_tsv_idx')) AS "tsvIndex",
              pg_size_pretty(pg_relation_size('search_document_title_trgm_idx')) AS "trgmIndex",
              pg_size_pretty(pg_total_relation_size('page')) AS "pageTable",
              (SELECT avg(length(body))::int FROM search_document) AS "avgBodyChars",
              (SELECT avg(length(tsv))::int FROM search_document) AS "avgLexemes"`,
      [readerId],
    )
  ).rows[0];
  log(`loaded in ${loadSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

  const results = [];
  for (const q of QUERIES) results.push(await measure(q.label, base, token, { first: PAGE, ...q.vars }, { concurrent: q.concurrent }));

  // Lag: pages created through the API in a public space the reader belongs to.
  const lagSpace = spaceId(PRIVATE_SPACES + 1);
  const lags = [];
  for (let i = 0; i < LAG_PAGES; i++) lags.push(await lag(base, token, lagSpace, i));
  const missed = lags.filter((l) => !Number.isFinite(l.ms)).length;
  const lagStats = stats(lags.filter((l) => Number.isFinite(l.ms)).map((l) => l.ms));
  const mutationStats = stats(lags.map((l) => l.mutation));
  log(`lag commit → searchable (${LAG_PAGES} pages, polling every ${LAG_POLL_MS} ms): ${fmt(lagStats)}${missed ? `, ${missed} NOT FOUND in ${LAG_TIMEOUT_MS} ms` : ''}`);
  log(`  createPage itself: ${fmt(mutationStats)}; polls per page: ${lags.map((l) => l.polls).join(' ')}`);

  // EXPLAIN the statement as the API sends it (bind parameters, custom plan).
  const plans = [];
  const allTypes = ['Page', 'BlogPost', 'Post', 'Proposal'];
  for (const [name, query, sort] of [
    ['common word "project"', 'project', 'RELEVANCE'],
    ['typo "Quartalsbericth"', 'Quartalsbericth', 'RELEVANCE'],
    ['rare word "xylograph"', 'xylograph', 'RELEVANCE'],
    ['"project", sort DATE', 'project', 'DATE'],
  ]) {
    const fuzzy = fuzzyFor(query);
    const q = positional(searchSql({ fuzzy, sort }), { viewerId: readerId, query, types: allTypes, limit: PAGE, offset: 0 });
    const plan = planTime((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)).rows);
    plans.push({ label: name, ...plan });
    log(`EXPLAIN ANALYZE ${name}: execution ${plan.execution.toFixed(2)} ms, planning ${plan.planning.toFixed(2)} ms, buffers ${plan.buffers}`);
  }
  for (const p of plans) console.log(`\nPlan (${p.label}):\n${p.text}`);

  // ---- summary
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const worst = results.reduce((a, b) => (b.sequential.p99 > a.sequential.p99 ? b : a));
  console.log('\nSearch benchmark');
  console.log(
    `  data:   ${counts.documents} documents ${JSON.stringify(counts.byType)}, ${counts.drafts} drafts, ${counts.noSpace} outside spaces, ${counts.realPages} real pages; ` +
      `${USERS} people, ${SPACES} spaces (${PRIVATE_SPACES} private); ${docs.words} body words (avg ${counts.avgBodyChars} chars, ${counts.avgLexemes} lexemes per tsv)`,
  );
  console.log(
    `  load:   ${loadSeconds.toFixed(1)} s in all — documents ${docs.seconds.toFixed(1)} s (${Math.round(DOCS / docs.seconds)}/s), indexes ${indexSeconds.toFixed(1)} s; ` +
      `search_document ${counts.total} (heap ${counts.heap}, toast ${counts.toast}, indexes ${counts.indexes}: tsv GIN ${counts.tsvIndex}, title trigram GIN ${counts.trgmIndex}); page ${counts.pageTable}`,
  );
  console.log(`  reader: member of ${counts.readerSpaces} spaces (2 private)`);
  console.log(`  ${REQUESTS} sequential requests after ${WARMUP} warm-up ones (each phase at most ${QUERY_SECONDS} s, warm-up ${WARMUP_SECONDS} s), first: ${PAGE}, API DB pool ${POOL}:`);
  for (const r of results) {
    console.log(`  ${r.label} — totalCount ${r.totalCount}, ${r.hits} hits (${r.pages} pages), ${r.statements} SQL statements`);
    console.log(`      sequential: ${fmt(r.sequential)}${r.errors ? `, ${r.errors} errors` : ''}`);
    if (r.concurrent) console.log(`      ${CONCURRENCY} at once:  ${fmt(r.concurrent)}, ${r.rps.toFixed(1)} req/s`);
  }
  console.log(`  lag commit → searchable: ${fmt(lagStats)}${missed ? `, ${missed} not found in ${LAG_TIMEOUT_MS} ms` : ''} (createPage ${fmt(mutationStats)})`);
  for (const p of plans) console.log(`  EXPLAIN ${p.label}: execution ${p.execution.toFixed(2)} ms, planning ${p.planning.toFixed(2)} ms`);
  console.log(
    `  aims: p99 < ${AIM_P99_MS} ms — ${worst.sequential.p99 < AIM_P99_MS ? 'met' : 'NOT met'} (worst sequential p99 ${worst.sequential.p99.toFixed(1)} ms: ${worst.label}); ` +
      `searchable ≤ ${AIM_LAG_MS} ms after commit — ${!missed && lagStats.max <= AIM_LAG_MS ? 'met' : 'NOT met'} (max ${lagStats.max.toFixed(0)} ms)`,
  );
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (errors || missed) {
    console.error(`FAILED: ${errors} search requests failed, ${missed} created pages not found`);
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
