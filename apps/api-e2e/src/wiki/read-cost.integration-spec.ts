import { currentRequestId } from '@pnyx/api/core/observability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { buildPage, savePage, uniqueTitle, type BuiltPage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

/** The page read the benchmark measures (../shared/bench/perf-ratio.mjs). */
const READ =
  'query($id: ID!) { page(id: $id) { id title html version revisions { version summary author { displayName } createdAt } backlinks { id title } } }';
const SAVE = 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { id version } }';

interface Read {
  page: { html: string; revisions: { version: number; author: { displayName: string } }[]; backlinks: { title: string }[] };
}

describe('wiki: what a page read and a save cost', () => {
  let api: TestApi;
  let space: BuiltSpace;

  beforeAll(async () => {
    api = await startTestApi();
    space = await buildSpace(api, { owner: 'alice', members: ['bob', 'carol'] });
    // Each token's first request syncs its user: not part of what is measured here.
    for (const username of ['alice', 'bob', 'carol']) await api.gql(await api.token(username), '{ me { id } }');
  });
  afterAll(() => api?.close());

  /** POSTs with `x-debug-statements: 1`; the data and the statements the request sent. */
  async function counted<T>(username: string, query: string, variables: Record<string, unknown>): Promise<{ data: T; statements: number }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token(username)}`, 'x-debug-statements': '1' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const header = response.headers.get('x-db-statements');
    expect(header).toMatch(/^\d+$/);
    return { data: body.data as T, statements: Number(header) };
  }

  /** SQL statements sent while `work` runs (from the data source's logger). */
  async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const source = api.dataSource as unknown as { logger: typeof api.dataSource.logger };
    const logger = source.logger;
    const sent: string[] = [];
    // This request's statements only: background work (consumers, jobs) runs outside any request context.
    source.logger = { ...logger, logQuery: (query: string) => void (currentRequestId() !== undefined && sent.push(query.replace(/\s+/g, ' '))) };
    try {
      await work();
    } finally {
      source.logger = logger;
    }
    return sent;
  }

  /** A page with `n` versions (saved by alice, bob and carol in turn) and `n` pages linking to it. */
  async function pageWithHistory(n: number): Promise<BuiltPage> {
    let page = await buildPage(api, { space, title: uniqueTitle('Target'), body: 'Version 1' });
    for (let v = 2; v <= n; v++) {
      const saved = await savePage(api, ['alice', 'bob', 'carol'][v % 3], page.id, page.version, { body: `Version ${v}`, summary: `Edit ${v}` });
      if (!saved.data?.updatePage) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
      page = { ...page, version: saved.data.updatePage.version };
    }
    for (let i = 0; i < n; i++) await buildPage(api, { space, title: uniqueTitle(`Linking ${i}`), body: `See [[${page.title}]].` });
    return page;
  }

  it('reads a page with the same statements whatever the length of its history and backlinks', async () => {
    const small = await pageWithHistory(2);
    const large = await pageWithHistory(20);
    const smallRead = await counted<Read>('bob', READ, { id: small.id });
    const largeRead = await counted<Read>('bob', READ, { id: large.id });
    expect(smallRead.data.page.revisions).toHaveLength(2);
    expect(smallRead.data.page.backlinks).toHaveLength(2);
    expect(largeRead.data.page.revisions).toHaveLength(20);
    expect(largeRead.data.page.backlinks).toHaveLength(20);
    expect(new Set(largeRead.data.page.revisions.map((r) => r.author.displayName)).size).toBe(3);
    expect(largeRead.data.page.html).toContain('Version 20');

    expect(largeRead.statements).toBe(smallRead.statements);
    // The page; its revisions with their authors; its backlinks: one statement each.
    expect(largeRead.statements).toBe(3);
  }, 120_000);

  it('leaves the bodies out of a history that shows none, and fetches them for one that does', async () => {
    const page = await pageWithHistory(3);
    const token = await api.token('bob');
    const light = await statementsDuring(() => api.gql(token, READ, { id: page.id }));
    const revisionReads = light.filter((sql) => /FROM page_revision r/.test(sql));
    expect(revisionReads).toHaveLength(1);
    expect(revisionReads[0]).not.toMatch(/r\.body/);
    // The authors come with the revisions, not in a statement of their own.
    expect(revisionReads[0]).toMatch(/JOIN app_user u/);
    expect(light.filter((sql) => /FROM app_user/.test(sql))).toHaveLength(0);
    // Neither the page's body (only its html is asked) nor the backlinking pages' content.
    const pageReads = light.filter((sql) => /^SELECT p\.version, p\.id/.test(sql));
    expect(pageReads).toHaveLength(1);
    expect(pageReads[0]).toMatch(/p\.html/);
    expect(pageReads[0]).not.toMatch(/p\.body/);
    const backlinkReads = light.filter((sql) => /AS "targetId"/.test(sql));
    expect(backlinkReads).toHaveLength(1);
    expect(backlinkReads[0]).not.toMatch(/b\.(body|html)/);

    let bodies: { page: { revisions: { version: number; body: string }[] } } | undefined;
    const full = await statementsDuring(async () => {
      const result = await api.gql<NonNullable<typeof bodies>>(token, 'query($id: ID!) { page(id: $id) { revisions { version ...B } } } fragment B on PageRevision { body }', {
        id: page.id,
      });
      bodies = result.data ?? undefined;
    });
    expect(full.filter((sql) => /FROM page_revision r/.test(sql)).some((sql) => /r\.body/.test(sql))).toBe(true);
    expect(bodies?.page.revisions.map((r) => r.body)).toEqual(['Version 3', 'Version 2', 'Version 1']);
  }, 60_000);

  it('finds the page, its space and what the caller may do there in one statement', async () => {
    const page = await buildPage(api, { space, title: uniqueTitle('Spaced') });
    const fields = 'id title space { key } canEdit canDelete canComment';
    const byId = await counted<{ page: { space: { key: string }; canEdit: boolean; canDelete: boolean } }>('bob', `query($id: ID!) { page(id: $id) { ${fields} } }`, {
      id: page.id,
    });
    expect(byId.data.page).toMatchObject({ space: { key: space.key }, canEdit: true, canDelete: false });
    expect(byId.statements).toBe(1);
    const bySlug = await counted<{ pageBySlug: { id: string; canDelete: boolean } }>(
      'alice',
      `query($key: String!, $slug: String!) { pageBySlug(spaceKey: $key, slug: $slug) { ${fields} } }`,
      { key: space.key, slug: page.slug },
    );
    expect(bySlug.data.pageBySlug).toMatchObject({ id: page.id, canDelete: true });
    expect(bySlug.statements).toBe(1);
    // A stranger to a private space still finds nothing there.
    const hidden = await buildPage(api, { visibility: 'PRIVATE' });
    const refused = await api.gql(await api.token('bob'), `query($id: ID!) { page(id: $id) { ${fields} } }`, { id: hidden.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);

  it('saves with the same statements whatever the length of the history', async () => {
    const short = await pageWithHistory(2);
    const long = await pageWithHistory(12);
    const save = (page: BuiltPage, version: number) =>
      counted<{ updatePage: { version: number } }>('alice', SAVE, { input: { id: page.id, baseVersion: version, body: `Saved [[${short.title}]]` } });
    const a = await save(short, 2);
    const b = await save(long, 12);
    expect(a.data.updatePage.version).toBe(3);
    expect(b.data.updatePage.version).toBe(13);
    expect(b.statements).toBe(a.statements);
    // BEGIN, page with role, link targets, guarded update with its revision, links, outbox event, COMMIT.
    expect(a.statements).toBeLessThanOrEqual(7);

    // The guard still holds: a save on the old base changes nothing.
    const stale = await api.gql(await api.token('alice'), SAVE, { input: { id: long.id, baseVersion: 12, body: 'late' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reread = await counted<Read>('bob', READ, { id: long.id });
    expect(reread.data.page.revisions).toHaveLength(13);
    expect(reread.data.page.html).toContain('Saved');
  }, 120_000);
});
