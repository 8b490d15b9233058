// Relay benchmark: how many committed domain events per second reach all of
// three registered consumers through the outbox relay and the job queue
// (one deliver-event job per consumer and event, graphile-worker).
//
// Boots the API in this process from source (through Vite's module runner,
// which compiles the decorators like the tests do), in a throwaway database
// on the local PostgreSQL, and runs two rounds of BENCH_EVENTS events each:
//
//   1. end to end: each event written by its own unit of work (one
//      transaction per write, BENCH_WRITERS at a time) while the relay and
//      the workers run; the clock stops when every delivery has happened;
//   2. delivery only: the events committed in one bulk insert, then the relay
//      is nudged; the relay's batches and the workers alone.
//
// Prints events per second for both; drops the database. Loopback only,
// bounded in count and time.
//
//   node tools/bench/relay-bench.mjs
//   BENCH_EVENTS=20000 BENCH_JOBS_CONCURRENCY=8 node tools/bench/relay-bench.mjs
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort, guardBench, requireLoopback, elapsedLog } from './bench-support.mjs';
import { createServer } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EVENTS = Math.min(Number(process.env.BENCH_EVENTS ?? 5_000), 100_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_JOBS_CONCURRENCY ?? 4);
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 10 * 60_000);

requireLoopback({ database: SERVER });

const started = performance.now();
const log = elapsedLog(started);
const database = `pnyx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
const dbUrl = new URL(SERVER);
dbUrl.pathname = `/${database}`;

const admin = new pg.Client({ connectionString: SERVER });
let vite = null;

/** Stops what this bench started, before its database is dropped. */
async function stopAll() {
  await vite?.close().catch(() => undefined);
}

const cleanup = guardBench({ admin, database, timeLimitMs: TIME_LIMIT_MS, before: stopAll });


try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  log(`database ${database}; ${EVENTS} events, 3 consumers, JOBS_CONCURRENCY=${CONCURRENCY}`);
  vite = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [tsconfigPaths({ root: process.cwd(), projects: ['tsconfig.base.json'] })],
    oxc: { decorator: { legacy: true, emitDecoratorMetadata: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
  });
  const { runRelayBench } = await vite.ssrLoadModule('/tools/bench/relay-bench.app.ts');
  const { endToEnd, deliveryOnly } = await runRelayBench({
    databaseUrl: dbUrl.toString(),
    port: await freePort(),
    events: EVENTS,
    writers: WRITERS,
    concurrency: CONCURRENCY,
    roundTimeoutMs: TIME_LIMIT_MS / 2,
    log,
  });
  const line = (name, r) => `${name}: ${r.eventsPerSecond.toFixed(0)} events/s delivered to all 3 consumers (${r.events} events, ${r.deliveries} deliveries in ${r.seconds.toFixed(2)} s)`;
  console.log(line('end to end (unit of work → relay → jobs)', endToEnd));
  console.log(line('delivery only (committed outbox → relay → jobs)', deliveryOnly));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
