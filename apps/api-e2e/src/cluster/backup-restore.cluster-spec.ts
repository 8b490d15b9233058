import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createFreshDatabase, type FreshDatabase } from '@pnyx/api/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokens, gqlCaller, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';

const run = promisify(execFile);
/** Guards against a hung step, not claims about speed. */
const WAIT = { timeout: 60_000, interval: 100 };

const READ = `query($key: String!, $id: ID!) {
  space(key: $key) { name description visibility }
  post(id: $id) { body author { username } reactions { emoji count } }
  feed(first: 5) { nodes { kind } }
}`;

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * The backup and restore of docker/README.md, for real: a database the API
 * wrote is dumped with `pg_dump -Fc` while the API runs, restored with
 * `pg_restore --no-owner --exit-on-error` into an empty database, and a new
 * API process on the copy serves the same content, applies no migration, and
 * takes new writes (sequences and keys came along).
 */
describe('backup and restore (pg_dump -Fc, pg_restore)', () => {
  let original: FreshDatabase;
  let restored: FreshDatabase;
  let before: ApiProcess;
  let after: ApiProcess;
  const folder = mkdtempSync(join(tmpdir(), 'pnyx-backup-'));

  /** A demo user's operation through `api`, signed in at that process's own identity provider (each database has its keys). */
  const as = async <T>(api: ApiProcess, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    gqlCaller(demoTokens(() => api.issuer))<T>(api, username, query, variables);

  beforeAll(async () => {
    original = await createFreshDatabase('pnyx_backup');
    restored = await createFreshDatabase('pnyx_restored');
    before = await startApiProcess({ DATABASE_URL: original.url, RATE_LIMIT_ENABLED: 'false' });
  });
  afterAll(async () => {
    await stopAllApiProcesses();
    await original?.drop();
    await restored?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores what the API wrote into an empty database, and a new API process serves it and writes on', async () => {
    const key = `BK${Date.now().toString(36).toUpperCase()}`;
    await as(before, 'alice', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key, name: 'Treasury backup drill', visibility: 'PUBLIC', description: 'Restored, not retyped.' },
    });
    const { createPost } = await as<{ createPost: { id: string } }>(before, 'alice', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { body: `Stichtag für die Sicherung ${key}` },
    });
    await as(before, 'bob', 'mutation($input: ReactInput!) { react(input: $input) { count } }', { input: { subjectId: createPost.id, emoji: '👍' } });
    // The feed is written by an event consumer: wait until the post's item is there, so the copy holds it too.
    await expect
      .poll(async () => (await as<{ feed: { nodes: { kind: string }[] } }>(before, 'alice', READ, { key, id: createPost.id })).feed.nodes.length, WAIT)
      .toBeGreaterThan(0);
    const seen = await as(before, 'alice', READ, { key, id: createPost.id });

    // While the API runs, as the README's backup does.
    const dump = join(folder, 'pnyx.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${original.url}`]);
    expect(statSync(dump).size).toBeGreaterThan(0);
    await before.stop();
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);

    const migrations = 'SELECT count(*) AS n FROM migrations';
    expect(await count(restored.url, migrations)).toBe(await count(original.url, migrations));
    after = await startApiProcess({ DATABASE_URL: restored.url, RATE_LIMIT_ENABLED: 'false' });
    // The original applied every migration on its first start; the copy has them all and applies none.
    expect(before.output()).toMatch(/Applied \d+ migration/);
    expect(after.output()).not.toMatch(/Applied \d+ migration/);
    expect(await as(after, 'alice', READ, { key, id: createPost.id })).toEqual(seen);

    // New writes on the copy: its sequences and keys continue where the original stopped.
    const next = await as<{ createPost: { id: string } }>(after, 'alice', 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { body: `Nach der Wiederherstellung ${key}` },
    });
    expect(next.createPost.id).not.toBe(createPost.id);
    await expect.poll(async () => count(restored.url, `SELECT count(*) AS n FROM post WHERE body LIKE '%${key}%'`), WAIT).toBe(2);
    await expect.poll(async () => count(restored.url, `SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL`), WAIT).toBe(0);
  });
});
