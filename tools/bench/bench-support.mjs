// What every benchmark needs around its measurement: a free loopback port, and
// a throwaway database that is dropped however the run ends (done, failed,
// Ctrl-C, or over its time limit).
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Returns `cleanup()`: runs `before()` (stop what the bench started), drops
 * `database` and ends `admin`, once. Also runs it on SIGINT/SIGTERM and when
 * `timeLimitMs` passes, so a benchmark always stops by itself.
 */
export function guardBench({ admin, database, timeLimitMs, before = async () => undefined }) {
  let cleaningUp = null;
  const cleanup = () => {
    cleaningUp ??= (async () => {
      await before();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((error) => console.error(`Could not drop ${database}: ${error.message}`));
      await admin.end().catch(() => undefined);
    })();
    return cleaningUp;
  };
  const deadline = setTimeout(() => {
    console.error(`Benchmark exceeded ${timeLimitMs / 60_000} minutes; stopping.`);
    cleanup().finally(() => process.exit(1));
  }, timeLimitMs);
  deadline.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().finally(() => process.exit(130)));
  return cleanup;
}
