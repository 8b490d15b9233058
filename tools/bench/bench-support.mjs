// What every benchmark needs around its measurement: a free loopback port, and
// a throwaway database that is dropped however the run ends (done, failed,
// Ctrl-C, or over its time limit).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createServer } from 'node:net';
import { URLSearchParams } from 'node:url';

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

/**
 * Starts the built API (`main`) on `port` against `databaseUrl` in development
 * mode (embedded identity provider), rate limits off, and waits until it is
 * healthy. `env` adds or overrides settings. Returns the child process and
 * the tail of what it printed.
 */
export async function startBuiltApi({ main, port, databaseUrl, env = {} }) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      WEB_DIST: 'none',
      LOG_LEVEL: 'warn',
      DB_POOL_SIZE: '10',
      // Measures the API, not its rate limits.
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output.slice(-3000)}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (healthy) return { child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy in 120 s:\n${output.slice(-3000)}`);
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the process is gone. */
export async function stopProcess(child) {
  if (!child || child.exitCode !== null) return;
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
}

/** A demo user's access token from the embedded identity provider (password = username). */
export async function passwordToken(issuerBase, username) {
  const response = await fetch(`${issuerBase}/realms/pnyx/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`No token for ${username}: ${JSON.stringify(body)}`);
  return body.access_token;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Ends the run (exit 2) unless every named URL points at this machine: benches load loopback only. */
export function requireLoopback(urls) {
  for (const [name, url] of Object.entries(urls)) {
    const host = new URL(url).hostname;
    if (!LOOPBACK.has(host)) {
      console.error(`Refusing to benchmark against ${name} at ${host}: loopback only.`);
      process.exit(2);
    }
  }
}

/** Ends the run (exit 2) unless the built API is there. */
export function requireBuilt(main) {
  if (!existsSync(main)) {
    console.error(`${main} is missing: run "npm run bench" (builds the API first) or "npx nx build api".`);
    process.exit(2);
  }
}

/** console.log with the seconds since `started` in front of each line. */
export function elapsedLog(started) {
  return (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** A whole-number setting from the environment within [min, max], else `fallback`; ends the run (exit 2) on a bad value. */
export function envInt(name, fallback, min, max) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}
