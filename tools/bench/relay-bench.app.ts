// The in-process half of tools/bench/relay-bench.mjs: boots the API from
// source (its modules, migrations, relay and job runner), registers three
// consumers, records events and measures how fast they reach all three.
import { performance } from 'node:perf_hooks';
import { startApi } from '@pnyx/api/app';
import { loadConfig } from '@pnyx/api/core/config';
import { EventConsumers, OutboxRelay, UnitOfWork } from '@pnyx/api/core/events';
import { JsonLogger } from '@pnyx/api/core/observability';

export interface RelayBenchOptions {
  databaseUrl: string;
  port: number;
  events: number;
  /** Concurrent writers in the end-to-end round. */
  writers: number;
  /** JOBS_CONCURRENCY of the API. */
  concurrency: number;
  /** Deadline of each round. */
  roundTimeoutMs: number;
  log: (message: string) => void;
}

export interface RoundResult {
  events: number;
  deliveries: number;
  seconds: number;
  eventsPerSecond: number;
}

const CONSUMERS = ['bench-feed', 'bench-search', 'bench-notifications'];
const USER_ID = '00000000-0000-4000-8000-000000000001';

export async function runRelayBench(options: RelayBenchOptions): Promise<{ endToEnd: RoundResult; deliveryOnly: RoundResult }> {
  const config = loadConfig({
    PORT: String(options.port),
    PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    DATABASE_URL: options.databaseUrl,
    SEED_DEMO: 'false',
    WEB_DIST: 'none',
    LOG_LEVEL: 'warn',
    JOBS_CONCURRENCY: String(options.concurrency),
  });
  const api = await startApi(config, { logger: new JsonLogger('warn'), host: '127.0.0.1' });
  try {
    const delivered = new Map<string, number>(CONSUMERS.map((name) => [name, 0]));
    const consumers = api.app.get(EventConsumers);
    for (const name of CONSUMERS) {
      consumers.register({ name, types: ['follow.added'], handle: async () => void delivered.set(name, (delivered.get(name) ?? 0) + 1) });
    }
    const total = () => [...delivered.values()].reduce((a, b) => a + b, 0);
    const waitForAll = async (expected: number, started: number): Promise<RoundResult> => {
      const deadline = Date.now() + options.roundTimeoutMs;
      let lastReport = Date.now();
      while (total() < expected * CONSUMERS.length) {
        if (Date.now() > deadline) throw new Error(`Only ${total()} of ${expected * CONSUMERS.length} deliveries within ${options.roundTimeoutMs} ms`);
        if (Date.now() - lastReport > 5_000) {
          options.log(`  … ${total()} of ${expected * CONSUMERS.length} deliveries`);
          lastReport = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const seconds = (performance.now() - started) / 1000;
      const [{ failed }] = await api.dataSource.query(
        `SELECT count(*)::int AS failed FROM graphile_worker.jobs WHERE task_identifier = 'deliver-event' AND attempts > 1`,
      );
      if (failed) throw new Error(`${failed} delivery jobs needed a retry`);
      return { events: expected, deliveries: total(), seconds, eventsPerSecond: expected / seconds };
    };

    // Round 1: each event recorded by its own unit of work (one transaction
    // per write, `writers` at a time), while the relay and the workers run.
    options.log(`round 1: ${options.events} writes through the unit of work (${options.writers} at a time), relay and workers live`);
    const uow = api.app.get(UnitOfWork);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: options.writers }, async () => {
        while (next < options.events) {
          next++;
          await uow.run(null, (uc) =>
            uc.record({ type: 'follow.added', aggregateType: 'Bench', aggregateId: USER_ID, spaceId: null, payload: { userId: USER_ID } }),
          );
        }
      }),
    );
    const recordedAfter = (performance.now() - started) / 1000;
    const endToEnd = await waitForAll(options.events, started);
    options.log(`  recorded in ${recordedAfter.toFixed(2)} s; all delivered after ${endToEnd.seconds.toFixed(2)} s`);

    // Round 2: the same number of events already committed (one bulk insert),
    // then one nudge: the relay's batches and the workers alone.
    for (const name of CONSUMERS) delivered.set(name, 0);
    await api.app.get(OutboxRelay).drain();
    await api.dataSource.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       SELECT 'follow.added', 'Bench', $2::uuid, jsonb_build_object('userId', $2::text) FROM generate_series(1, $1)`,
      [options.events, USER_ID],
    );
    options.log(`round 2: ${options.events} events committed in bulk, then the relay is nudged`);
    const bulkStarted = performance.now();
    api.app.get(OutboxRelay).nudge();
    const deliveryOnly = await waitForAll(options.events, bulkStarted);
    return { endToEnd, deliveryOnly };
  } finally {
    await api.close();
  }
}
