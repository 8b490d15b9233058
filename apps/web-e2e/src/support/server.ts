import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFreshDatabase, freePort } from '@pnyx/api/core/testing';

const WORKSPACE = resolve(import.meta.dirname, '../../../..');
const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
const WEB_INDEX = join(WORKSPACE, 'dist/apps/web/browser/index.html');
/** The PostgreSQL server the test databases are created on (override with E2E_POSTGRES_URL). */
const ADMIN_URL = process.env['E2E_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 — the API serving the built web app and the identity provider. */
  readonly baseUrl: string;
  readonly databaseName: string;
  /** What the server printed so far (for failure messages). */
  logs(): string;
  /** SIGTERM, wait for exit, drop the database. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logs: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was healthy:\n${logs()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not healthy after ${timeoutMs} ms:\n${logs()}`);
}

/**
 * Starts the built API (`node dist/apps/api/main.js`), which serves the built web app and the
 * embedded identity provider, on a free port against a fresh database. With `E2E_BASE_URL`
 * set, uses that running instance instead (it must start with an empty database).
 */
export async function startServer(): Promise<TestServer> {
  const external = process.env['E2E_BASE_URL'];
  if (external) {
    // An instance someone started (with a fresh database): use it as it is, stop nothing.
    return { baseUrl: external.replace(/\/+$/, ''), databaseName: '', logs: () => '', stop: async () => undefined };
  }
  for (const file of [API_MAIN, WEB_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing. Build first: NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false npx nx run-many -t build -p api web`);
    }
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await createFreshDatabase('pnyx_web_e2e', ADMIN_URL);
  const dataDir = mkdtempSync(join(tmpdir(), 'pnyx-web-e2e-'));

  let output = '';
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const logs = (): string => output;

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, logs, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseName: database.name, logs, stop };
}
