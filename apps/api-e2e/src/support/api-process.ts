import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@pnyx/api/core/testing';

/** The built API (`npm test` builds it first; see tools/dev/build-if-stale.mjs). */
export const API_MAIN = resolve(import.meta.dirname, '../../../../dist/apps/api/main.js');

/** The machine's shared Redis (never flushed: channels and keys are prefixed per database). */
export const REDIS_URL = 'redis://127.0.0.1:6379';

/** A built API running as a child process: what cluster tests kill, stop and restart. */
export interface ApiProcess {
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The embedded identity provider's issuer (this process's, or the one `OIDC_ISSUER_URL` named). */
  issuer: string;
  child: ChildProcess;
  /** Resolves with the exit code (null after a signal) once the process is gone. */
  exited: Promise<number | null>;
  /** Everything it printed so far (stdout and stderr, the last 200 kB). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL: a crash, no shutdown at all. */
  kill(): Promise<number | null>;
}

const running = new Set<ChildProcess>();

// A test runner that dies (or a test that forgets) must not leave API processes behind.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Starts dist/apps/api/main.js on a free loopback port with only the given
 * environment (plus PATH and test defaults: no web app, no demo seed unless
 * asked, mail into the temp folder), and resolves once /health answers 200.
 * Throws with the process's output when it exits or is not healthy in time.
 */
export async function startApiProcess(env: Record<string, string>, options: { port?: number; readyTimeoutMs?: number } = {}): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (npx nx build api)`);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const fullEnv: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    PORT: String(port),
    PUBLIC_URL: url,
    WEB_DIST: 'none',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    MAIL_OUTBOX_DIR: join(tmpdir(), 'pnyx-test-outbox'),
    ...env,
  };
  const child = spawn(process.execPath, [API_MAIN], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let printed = '';
  const keep = (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-200_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => {
    child.once('exit', (code) => {
      running.delete(child);
      done(code);
    });
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const stop = async (graceMs = 15_000): Promise<number | null> => {
    if (gone()) return exited;
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(force);
    }
  };
  const kill = async (): Promise<number | null> => {
    if (!gone()) child.kill('SIGKILL');
    return exited;
  };

  // A guard against a hung start, not a claim about speed: migrations on a busy 2-core machine.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 150_000);
  while (!(await healthy(url))) {
    if (gone() || Date.now() > deadline) {
      await kill();
      throw new Error(`The API on ${port} did not become healthy (exit ${child.exitCode ?? child.signalCode}):\n${printed.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, url, issuer: env['OIDC_ISSUER_URL'] ?? `${url}/realms/pnyx`, child, exited, output: () => printed, stop, kill };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Stops every API process still running (for afterAll): SIGTERM, then SIGKILL. */
export async function stopAllApiProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(force);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** An access token from the embedded identity provider (password grant, client pnyx-cli; demo password = username). */
export async function passwordToken(issuer: string, username: string): Promise<string> {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`No token for ${username}: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A GraphQL answer as it came over HTTP: the status, the parsed body and the response headers. */
export interface HttpGqlResult<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };
  headers: Headers;
}

/** POST /graphql to one process; `headers` adds e.g. Idempotency-Key; `signal` lets the caller give up. Network errors reject. */
export async function postGql<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  options: { headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<HttpGqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 60_000), ...(options.signal ? [options.signal] : [])]),
  });
  const text = await response.text();
  let body: HttpGqlResult<T>['body'];
  try {
    body = JSON.parse(text) as HttpGqlResult<T>['body'];
  } catch {
    body = { errors: [{ message: `not JSON (${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body, headers: response.headers };
}

/** The demo users' tokens from `issuer()`, each fetched once (password grant) and kept. */
export function demoTokens(issuer: () => string): (username: string) => Promise<string> {
  const tokens = new Map<string, Promise<string>>();
  return (username) => {
    if (!tokens.has(username)) tokens.set(username, passwordToken(issuer(), username));
    return tokens.get(username) as Promise<string>;
  };
}

/**
 * One GraphQL operation through one process as `username` (its token from
 * `token`); throws with the errors, so a step that failed names itself.
 */
export function gqlCaller(token: (username: string) => Promise<string>) {
  return async <T>(api: ApiProcess, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await postGql<T>(api.url, await token(username), query, variables);
    if (answer.status !== 200 || answer.body.errors || !answer.body.data) throw new Error(`${query.slice(0, 60)}… through ${api.port}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  };
}
