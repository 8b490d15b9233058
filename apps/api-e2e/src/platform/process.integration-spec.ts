import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '@pnyx/api/core/testing';

const MAIN = resolve(import.meta.dirname, '../../../../dist/apps/api/main.js');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built API (npm test builds it first) with `env` only. */
function runApi(env: Record<string, string>, whenReady?: (child: ReturnType<typeof spawn>) => void): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // A guard against a hung process, not a claim about speed: a cold start seeds a lot on a busy 2-core machine.
    const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (whenReady && stdout.includes('Pnyx is ready')) {
        const ready = whenReady;
        whenReady = undefined;
        ready(child);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr });
    });
  });
}

describe('the API process', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is built (npm test builds before it tests)', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/pnyx' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/pnyx' }, 'OIDC_ISSUER_URL'],
  ])('stops at once on bad configuration %j, naming %s', async (env, variable) => {
    const exit = await runApi(env);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(variable);
    expect(exit.stdout).not.toContain('Pnyx is ready');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const exit = await runApi(
      { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATABASE_URL: inject('databaseUrl'), WEB_DIST: 'none', SEED_DEMO: 'false' },
      (child) => {
        void fetch(`http://127.0.0.1:${port}/health`).then((r) => {
          expect(r.status).toBe(200);
          child.kill('SIGTERM');
        });
      },
    );
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('SIGTERM: shutting down');
    const lines = exit.stdout.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('runs all-in-one with no configuration: embedded PostgreSQL, identity provider and demo data, kept across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pnyx-data-'));
    dirs.push(dataDir);
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, WEB_DIST: 'none', PUBLIC_URL: `http://127.0.0.1:${port}` };
    const base = `http://127.0.0.1:${port}`;
    let token = '';
    let firstSpaces: string[] = [];
    let feedKinds = new Set<string>();
    let germanHits = 0;
    const first = await runApi(env, (child) => {
      void (async () => {
        const response = await fetch(`${base}/realms/pnyx/protocol/openid-connect/token`, {
          method: 'POST',
          body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username: 'alice', password: 'alice' }),
        });
        token = ((await response.json()) as { access_token: string }).access_token;
        const created = await gql(base, token, 'mutation { createSpace(input: { key: "KEEP", name: "Kept across restarts", visibility: PUBLIC }) { key } }');
        expect(created).toEqual({ data: { createSpace: { key: 'KEEP' } } });
        firstSpaces = await spaceKeys(base, token);
        // The feed and the search index fill from the seed's events through the job queue, on the embedded database too.
        const deadline = Date.now() + 120_000;
        while (Date.now() < deadline && (feedKinds.size < 4 || germanHits === 0)) {
          const feed = (await gql(base, token, '{ feed(first: 100) { nodes { kind } } search(query: "Entscheidungen") { totalCount } }')) as {
            data?: { feed: { nodes: { kind: string }[] }; search: { totalCount: number } };
          };
          feedKinds = new Set(feed.data?.feed.nodes.map((n) => n.kind));
          germanHits = feed.data?.search.totalCount ?? 0;
          await new Promise((r) => setTimeout(r, 250));
        }
      })().finally(() => child.kill('SIGTERM'));
    });
    expect(first.code).toBe(0);
    expect(firstSpaces).toEqual(expect.arrayContaining(['ENG', 'HR', 'RISK', 'KEEP']));
    expect([...feedKinds]).toEqual(expect.arrayContaining(['POST_CREATED', 'BLOG_POST_PUBLISHED', 'PAGE_CREATED', 'PROPOSAL_OPENED']));
    // Search on the embedded database too: German stems ("Entscheidungen" finds the seeded "entscheiden").
    expect(germanHits).toBeGreaterThan(0);

    let secondSpaces: string[] = [];
    const second = await runApi(env, (child) => {
      void (async () => {
        // A token issued before the restart still works: keys live in the database.
        secondSpaces = await spaceKeys(base, token);
      })().finally(() => child.kill('SIGTERM'));
    });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Seeded demo content');
    expect(secondSpaces.sort()).toEqual([...firstSpaces].sort());
    // Two whole processes, the first a cold start (initdb, migrations, the job queue's schema, the demo seed):
    // a bound for the harness, not a claim about speed — nothing here asserts a duration.
  }, 360_000);
});

async function gql(base: string, token: string, query: string): Promise<unknown> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function spaceKeys(base: string, token: string): Promise<string[]> {
  const result = (await gql(base, token, '{ spaces { key } }')) as { data?: { spaces: { key: string }[] } };
  return result.data?.spaces.map((s) => s.key) ?? [];
}
