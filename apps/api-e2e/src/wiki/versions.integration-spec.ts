import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { buildPage, savePage } from '../support/page-factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const HISTORY = 'query($id: ID!) { page(id: $id) { version title body revisions { version title body summary restoredFrom author { username } createdAt } } }';
const DIFF = 'query($id: ID!, $from: Int!, $to: Int!) { pageDiff(pageId: $id, fromVersion: $from, toVersion: $to) { fromVersion toVersion unified additions deletions approximate lines { kind text oldNumber newNumber } from { version } to { version } } }';
const RESTORE = 'mutation($id: ID!, $version: Int!, $base: Int) { restorePageRevision(pageId: $id, version: $version, baseVersion: $base) { version title body } }';

interface Revision {
  version: number;
  title: string;
  body: string;
  summary: string | null;
  restoredFrom: number | null;
  author: { username: string };
  createdAt: string;
}

describe('wiki versions: no lost update, every version kept, diffs, restores', () => {
  let api: TestApi;
  const as = async <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    api.gql<T>(await api.token(username), query, variables);
  const snapshot = async (pageId: string) => {
    const [row] = await api.dataSource.query(
      `SELECT p.version, p.title, p.body, p.html, p.updated_at,
              (SELECT count(*)::int FROM page_revision r WHERE r.page_id = p.id) AS revisions,
              (SELECT count(*)::int FROM outbox_event e WHERE e.aggregate_id = p.id) AS events,
              (SELECT count(*)::int FROM page_link l WHERE l.from_page_id = p.id) AS links
         FROM page p WHERE p.id = (SELECT id FROM page WHERE id::text = $1)`,
      [Buffer.from(pageId, 'base64url').toString().split(':')[1]],
    );
    return row;
  };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('stores every version whole and lists them newest first with author, time and summary', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const page = await buildPage(api, { space, title: 'Versioned', body: 'one' });
    expect((await savePage(api, 'bob', page.id, 1, { body: 'two', summary: 'Second thoughts' })).data?.updatePage.version).toBe(2);
    expect((await savePage(api, 'alice', page.id, 2, { title: 'Versioned page', body: 'three' })).data?.updatePage.version).toBe(3);

    const history = await as<{ page: { version: number; revisions: Revision[] } }>('bob', HISTORY, { id: page.id });
    const revisions = history.data?.page.revisions ?? [];
    expect(revisions.map((r) => [r.version, r.title, r.body, r.summary, r.author.username])).toEqual([
      [3, 'Versioned page', 'three', null, 'alice'],
      [2, 'Versioned', 'two', 'Second thoughts', 'bob'],
      [1, 'Versioned', 'one', null, 'alice'],
    ]);
    expect(Date.parse(revisions[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(revisions[2].createdAt));

    const old = await as('bob', 'query($id: ID!) { page(id: $id) { revision(version: 2) { version body html } none: revision(version: 9) { version } } }', { id: page.id });
    expect(old.data).toEqual({ page: { revision: { version: 2, body: 'two', html: '<p>two</p>\n' }, none: null } });

    const paged = await as<{ page: { revisions: { version: number }[] } }>('bob', 'query($id: ID!) { page(id: $id) { revisions(first: 1, before: 3) { version } } }', { id: page.id });
    expect(paged.data?.page.revisions).toEqual([{ version: 2 }]);
  });

  it('refuses a save on a stale baseVersion with CONFLICT, naming the current version, and writes nothing', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const page = await buildPage(api, { space, body: 'original [[Somewhere]]', labels: ['keep'] });
    expect((await savePage(api, 'bob', page.id, 1, { body: 'bob was first' })).errors).toBeUndefined();
    const before = await snapshot(page.id);

    const stale = await savePage(api, 'alice', page.id, 1, { body: 'alice overwrites', title: 'Renamed', labels: ['changed'] });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    expect(stale.errors?.[0].extensions?.['currentVersion']).toBe(2);
    expect(stale.errors?.[0].message).toMatch(/version 2.*version 1/);
    expect(await snapshot(page.id)).toEqual(before);
    const labels = await as<{ page: { labels: string[] } }>('alice', 'query($id: ID!) { page(id: $id) { labels } }', { id: page.id });
    expect(labels.data?.page.labels).toEqual(['keep']);

    const labelsOnly = await savePage(api, 'alice', page.id, 1, { labels: ['changed'] });
    expect(errorOf(labelsOnly)).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    const future = await savePage(api, 'alice', page.id, 7, { body: 'from the future' });
    expect(errorOf(future).code).toBe('CONFLICT');
    expect(await snapshot(page.id)).toEqual(before);
  });

  it('of five concurrent saves on the same base, exactly one wins; the others get CONFLICT', async () => {
    const space = await buildSpace(api, { members: ['bob', 'carol'] });
    const page = await buildPage(api, { space, body: 'base text' });
    const editors = ['alice', 'bob', 'carol', 'alice', 'bob'];
    await Promise.all(editors.map((u) => api.token(u)));
    const results = await Promise.all(editors.map((username, i) => savePage(api, username, page.id, 1, { body: `edit ${i} by ${username}`, summary: `edit ${i}` })));

    const winners = results.filter((r) => r.data?.updatePage);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(4);
    expect(losers.map((r) => errorOf(r).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const winner = winners[0].data?.updatePage;
    expect(winner?.version).toBe(2);

    const history = await as<{ page: { version: number; body: string; revisions: Revision[] } }>('alice', HISTORY, { id: page.id });
    expect(history.data?.page.version).toBe(2);
    expect(history.data?.page.body).toBe(winner?.body);
    expect(history.data?.page.revisions.map((r) => r.version)).toEqual([2, 1]);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE type = 'page.updated' AND aggregate_id = (SELECT id FROM page WHERE slug = $1)`, [page.slug]);
    expect(count).toBe(1);
  });

  it('the guarded UPDATE decides even when all five saves passed the version check before any wrote', async () => {
    const space = await buildSpace(api, { members: ['bob', 'carol'] });
    const page = await buildPage(api, { space, body: 'base text' });
    const id = Buffer.from(page.id, 'base64url').toString().split(':')[1];
    const editors = ['alice', 'bob', 'carol', 'alice', 'bob'];
    await Promise.all(editors.map((u) => api.token(u)));

    // Hold the page row: every save reads version 1, then queues at its UPDATE.
    const holder = api.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    let results: Awaited<ReturnType<typeof savePage>>[] = [];
    try {
      await holder.query('SELECT id FROM page WHERE id = $1 FOR UPDATE', [id]);
      const saves = Promise.all(editors.map((username, i) => savePage(api, username, page.id, 1, { body: `queued edit ${i}` })));
      const deadline = Date.now() + 10_000;
      for (;;) {
        const [{ waiting }] = await api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%UPDATE page SET title%'`,
        );
        if (waiting === editors.length) break;
        if (Date.now() > deadline) throw new Error(`only ${waiting} saves reached the guarded UPDATE`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await holder.commitTransaction();
      results = await saves;
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect(results.filter((r) => r.data?.updatePage)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r).code === 'CONFLICT')).toHaveLength(4);
    const [{ revisions, version }] = await api.dataSource.query('SELECT version, (SELECT count(*)::int FROM page_revision WHERE page_id = $1) AS revisions FROM page WHERE id = $1', [id]);
    expect({ version, revisions }).toEqual({ version: 2, revisions: 2 });
  });

  it('keeps the version when nothing but labels change, and when nothing changes at all', async () => {
    const page = await buildPage(api, { body: 'same' });
    const labelled = await as<{ updatePage: { version: number; labels: string[] } }>('alice', 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version labels } }', {
      input: { id: page.id, baseVersion: 1, labels: ['Tag One'] },
    });
    expect(labelled.data?.updatePage).toEqual({ version: 1, labels: ['tag-one'] });
    const noop = await savePage(api, 'alice', page.id, 1, { body: 'same', title: page.title });
    expect(noop.data?.updatePage.version).toBe(1);
  });

  describe('a labels-only save racing another write to the page', () => {
    const LOCK_VERSION = '%SELECT version FROM page WHERE id = % FOR UPDATE%';
    const GUARDED_UPDATE = '%UPDATE page SET title%';
    /** Runs `start` while the page row is held, waiting until each started write queues on the row in turn. */
    async function queued(pageId: string, steps: { start: () => Promise<unknown>; waitsAt: string }[]) {
      const id = Buffer.from(pageId, 'base64url').toString().split(':')[1];
      const holder = api.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      const started: Promise<unknown>[] = [];
      try {
        await holder.query('SELECT id FROM page WHERE id = $1 FOR UPDATE', [id]);
        for (const step of steps) {
          const expected = steps.slice(0, started.length + 1).filter((s) => s.waitsAt === step.waitsAt).length;
          started.push(step.start());
          for (const deadline = Date.now() + 10_000; ; ) {
            const [{ waiting }] = await api.dataSource.query(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
              [step.waitsAt],
            );
            if (waiting >= expected) break;
            if (Date.now() > deadline) throw new Error(`write ${started.length} never queued at ${step.waitsAt}`);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
        await holder.commitTransaction();
        return await Promise.all(started);
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
    }
    const labelsOf = async (pageId: string) =>
      (await as<{ page: { labels: string[]; version: number } | null }>('alice', 'query($id: ID!) { page(id: $id) { labels version } }', { id: pageId })).data?.page;

    it('fails with CONFLICT when a new version lands after its check but before its lock, and writes nothing', async () => {
      const page = await buildPage(api, { body: 'base', labels: ['original'] });
      await Promise.all(['alice', 'bob'].map((u) => api.token(u)));
      const [content, labels] = (await queued(page.id, [
        { start: () => savePage(api, 'alice', page.id, 1, { body: 'version two' }), waitsAt: GUARDED_UPDATE },
        { start: () => savePage(api, 'alice', page.id, 1, { labels: ['stale'] }), waitsAt: LOCK_VERSION },
      ])) as Awaited<ReturnType<typeof savePage>>[];
      expect(content.data?.updatePage.version).toBe(2);
      expect(errorOf(labels)).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
      expect(labels.errors?.[0].extensions?.['currentVersion']).toBe(2);
      expect(await labelsOf(page.id)).toEqual({ labels: ['original'], version: 2 });
    });

    it('answers NOT_FOUND, not a CONFLICT with its own version, when the page was deleted meanwhile', async () => {
      const page = await buildPage(api, { body: 'base', labels: ['original'] });
      const deleted = await queued(page.id, [
        { start: async () => api.gql(await api.token('alice'), 'mutation($id: ID!) { deletePage(id: $id) }', { id: page.id }), waitsAt: LOCK_VERSION },
        { start: () => savePage(api, 'alice', page.id, 1, { labels: ['late'] }), waitsAt: LOCK_VERSION },
      ]);
      expect(deleted[0]).toEqual({ data: { deletePage: true } });
      expect(errorOf(deleted[1] as Awaited<ReturnType<typeof savePage>>)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM page_label WHERE page_id = $1 AND label = 'late'`, [Buffer.from(page.id, 'base64url').toString().split(':')[1]]);
      expect(count).toBe(0);
    });
  });

  it('refuses to change or delete a stored version, in the database itself', async () => {
    const page = await buildPage(api, { body: 'immutable' });
    const id = Buffer.from(page.id, 'base64url').toString().split(':')[1];
    await expect(api.dataSource.query(`UPDATE page_revision SET body = 'forged' WHERE page_id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(api.dataSource.query('DELETE FROM page_revision WHERE page_id = $1', [id])).rejects.toThrow(/immutable/);
  });

  it.each([
    ['an added line', 'a\nb\nc', 'a\nb\nc\nd', '@@ -1,3 +1,4 @@\n a\n b\n c\n+d\n', 1, 0],
    ['a removed line', 'a\nb\nc', 'a\nc', '@@ -1,3 +1,2 @@\n a\n-b\n c\n', 0, 1],
    ['a changed line', 'a\nb\nc', 'a\nB\nc', '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n', 1, 1],
    ['everything replaced', 'old', 'new\nlines', '@@ -1,1 +1,2 @@\n-old\n+new\n+lines\n', 2, 1],
  ])('diffs %s', async (_name, from, to, hunks, additions, deletions) => {
    const page = await buildPage(api, { body: from });
    await savePage(api, 'alice', page.id, 1, { body: to });
    const diff = await as<{ pageDiff: { unified: string; additions: number; deletions: number; from: { version: number }; to: { version: number } } }>('bob', DIFF, { id: page.id, from: 1, to: 2 });
    expect(diff.errors).toBeUndefined();
    expect(diff.data?.pageDiff).toMatchObject({ additions, deletions, approximate: false, from: { version: 1 }, to: { version: 2 } });
    expect(diff.data?.pageDiff.unified).toBe(`--- ${page.slug} (version 1)\n+++ ${page.slug} (version 2)\n${hunks}`);
  });

  it('diffs any two versions, in either order, with a side-by-side line list', async () => {
    const page = await buildPage(api, { body: 'one\ntwo' });
    await savePage(api, 'alice', page.id, 1, { body: 'one\n2\nthree' });
    await savePage(api, 'alice', page.id, 2, { body: 'zero\none\n2\nthree' });
    const forward = await as<{ pageDiff: { unified: string; lines: unknown[] } }>('alice', DIFF, { id: page.id, from: 1, to: 3 });
    expect(forward.data?.pageDiff.lines).toEqual([
      { kind: 'ADDED', text: 'zero', oldNumber: null, newNumber: 1 },
      { kind: 'CONTEXT', text: 'one', oldNumber: 1, newNumber: 2 },
      { kind: 'REMOVED', text: 'two', oldNumber: 2, newNumber: null },
      { kind: 'ADDED', text: '2', oldNumber: null, newNumber: 3 },
      { kind: 'ADDED', text: 'three', oldNumber: null, newNumber: 4 },
    ]);
    const backward = await as<{ pageDiff: { unified: string; fromVersion: number; toVersion: number } }>('alice', DIFF, { id: page.id, from: 3, to: 1 });
    expect(backward.data?.pageDiff).toMatchObject({ fromVersion: 3, toVersion: 1 });
    expect(backward.data?.pageDiff.unified).toContain('-zero\n one\n-2\n-three\n+two\n');
    const same = await as<{ pageDiff: { unified: string; additions: number } }>('alice', DIFF, { id: page.id, from: 2, to: 2 });
    expect(same.data?.pageDiff).toMatchObject({ additions: 0, unified: `--- ${page.slug} (version 2)\n+++ ${page.slug} (version 2)\n` });
    expect(errorOf(await as('alice', DIFF, { id: page.id, from: 1, to: 4 }))).toMatchObject({ code: 'NOT_FOUND', field: 'toVersion' });
    expect(errorOf(await as('alice', DIFF, { id: page.id, from: 0, to: 1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromVersion' });
  });

  it.each([4000, 8000])('diffs two unrelated versions of %i lines within a bound: the middle replaced wholesale, flagged approximate', async (count) => {
    const lines = (tag: string) => Array.from({ length: count }, (_, i) => `${tag} ${i}: ${(i * 7919) % 104729}`).join('\n');
    const page = await buildPage(api, { body: `# Plan\n${lines('old')}\nEnd` });
    expect((await savePage(api, 'alice', page.id, 1, { body: `# Plan\n${lines('new')}\nEnd` })).errors).toBeUndefined();
    const started = performance.now();
    const diff = await as<{ pageDiff: { unified: string; additions: number; deletions: number; approximate: boolean; lines: { kind: string }[] } }>('bob', DIFF, { id: page.id, from: 1, to: 2 });
    console.log(`pageDiff of ${count} unrelated lines: ${(performance.now() - started).toFixed(0)} ms`);
    expect(diff.errors).toBeUndefined();
    expect(diff.data?.pageDiff).toMatchObject({ additions: count, deletions: count, approximate: true });
    const kinds = diff.data?.pageDiff.lines.map((l) => l.kind) ?? [];
    expect([kinds[0], kinds[1], kinds[count], kinds[count + 1], kinds.at(-2), kinds.at(-1), kinds.length]).toEqual(['CONTEXT', 'REMOVED', 'REMOVED', 'ADDED', 'ADDED', 'CONTEXT', 2 * count + 2]);
    expect(diff.data?.pageDiff.unified).toContain(`@@ -1,${count + 2} +1,${count + 2} @@\n # Plan\n-old 0: 0\n`);
  });

  it('restores an old version as a new version, deleting nothing, and audits it', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const page = await buildPage(api, { space, title: 'Policy', body: 'first wording' });
    await savePage(api, 'alice', page.id, 1, { title: 'Policy (draft)', body: 'second wording' });
    await savePage(api, 'alice', page.id, 2, { body: 'vandalised' });

    const restored = await as<{ restorePageRevision: { version: number; title: string; body: string } }>('bob', RESTORE, { id: page.id, version: 1 });
    expect(restored.data?.restorePageRevision).toEqual({ version: 4, title: 'Policy', body: 'first wording' });
    const history = await as<{ page: { revisions: Revision[] } }>('bob', HISTORY, { id: page.id });
    expect(history.data?.page.revisions.map((r) => [r.version, r.body, r.summary, r.restoredFrom, r.author.username])).toEqual([
      [4, 'first wording', 'Restored version 1', 1, 'bob'],
      [3, 'vandalised', null, null, 'alice'],
      [2, 'second wording', null, null, 'alice'],
      [1, 'first wording', null, null, 'alice'],
    ]);

    const audit = await api.dataSource.query(
      `SELECT action, a.actor_id = u.id AS by_bob, (data->>'restoredVersion')::int AS restored, (data->>'newVersion')::int AS new_version
         FROM audit_log a JOIN app_user u ON u.username = 'bob' WHERE subject_type = 'Page' AND action = 'page.restored'
          AND subject_id = (SELECT id FROM page WHERE NOT is_template AND space_id = (SELECT id FROM space WHERE key = $1))`,
      [space.key],
    );
    expect(audit).toEqual([{ action: 'page.restored', by_bob: true, restored: 1, new_version: 4 }]);
    const verified = await api.gql<{ verifyAuditLog: { intact: boolean } }>(await api.token('admin'), '{ verifyAuditLog { intact } }');
    expect(verified.data?.verifyAuditLog.intact).toBe(true);

    expect(errorOf(await as('bob', RESTORE, { id: page.id, version: 2, base: 3 }))).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
    expect(errorOf(await as('bob', RESTORE, { id: page.id, version: 9 }))).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    expect(errorOf(await as('carol', RESTORE, { id: page.id, version: 1 })).code).toBe('FORBIDDEN');
    const after = await as<{ page: { version: number } }>('bob', HISTORY, { id: page.id });
    expect(after.data?.page.version).toBe(4);
  });
});
