import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { PAGE_FIELDS, buildPage, savePage, uniqueTitle } from '../support/page-factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const CREATE = `mutation($input: CreatePageInput!) { createPage(input: $input) { ${PAGE_FIELDS} labels isTemplate position } }`;
const PAGE = `query($id: ID!) { page(id: $id) { ${PAGE_FIELDS} labels position parent { id } path { title } childCount children { title } } }`;
const BY_SLUG = 'query($key: String!, $slug: String!) { pageBySlug(spaceKey: $key, slug: $slug) { id title slug } }';
const ROOTS = 'query($key: String!) { space(key: $key) { rootPages { title children { title } } } }';
const MOVE = 'mutation($id: ID!, $parentId: ID, $position: Int) { movePage(id: $id, parentId: $parentId, position: $position) { id position parent { id } } }';
const DELETE = 'mutation($id: ID!) { deletePage(id: $id) }';

describe('wiki pages: tree, slugs, validation, membership', () => {
  let api: TestApi;
  const as = async <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    api.gql<T>(await api.token(username), query, variables);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await api.dataSource.query(sql, params))[0].count;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('creates a root page and subpages, and shows the tree by position then title', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const home = await buildPage(api, { space, title: 'Home' });
    const b = await buildPage(api, { space, title: 'B child', parentId: home.id, author: 'bob' });
    await buildPage(api, { space, title: 'A child', parentId: home.id });
    const read = await as<{ page: { parent: null; path: unknown[]; childCount: number; children: { title: string }[] } }>('bob', PAGE, { id: home.id });
    expect(read.data?.page).toMatchObject({ parent: null, path: [], childCount: 2, children: [{ title: 'B child' }, { title: 'A child' }] });

    const child = await as<{ page: { parent: { id: string }; path: { title: string }[] } }>('alice', PAGE, { id: b.id });
    expect(child.data?.page).toMatchObject({ parent: { id: home.id }, path: [{ title: 'Home' }] });
    const roots = await as('alice', ROOTS, { key: space.key });
    expect(roots.data).toEqual({ space: { rootPages: [{ title: 'Home', children: [{ title: 'B child' }, { title: 'A child' }] }] } });
  });

  it('pages rootPages and children with first/after', async () => {
    const space = await buildSpace(api);
    for (const title of ['One', 'Two', 'Three']) await buildPage(api, { space, title });
    const first = await as<{ space: { rootPages: { id: string; title: string }[] } }>('alice', 'query($key: String!) { space(key: $key) { rootPages(first: 2) { id title } } }', { key: space.key });
    expect(first.data?.space.rootPages.map((p) => p.title)).toEqual(['One', 'Two']);
    const rest = await as<{ space: { rootPages: { title: string }[] } }>('alice', 'query($key: String!, $after: ID) { space(key: $key) { rootPages(first: 2, after: $after) { title } } }', {
      key: space.key,
      after: first.data?.space.rootPages[1].id,
    });
    expect(rest.data?.space.rootPages.map((p) => p.title)).toEqual(['Three']);
    const tooMany = await as('alice', 'query($key: String!) { space(key: $key) { rootPages(first: 101) { id } } }', { key: space.key });
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('gives readable, unique slugs; keeps them when the title changes; old and new title slugs resolve', async () => {
    const space = await buildSpace(api);
    const first = await buildPage(api, { space, title: 'Über die Maßnahmen' });
    const second = await buildPage(api, { space, title: 'Über die Massnahmen' });
    const reserved = await buildPage(api, { space, title: 'New' });
    const decisions = await buildPage(api, { space, title: 'Decisions' });
    expect([first.slug, second.slug, reserved.slug, decisions.slug]).toEqual(['ueber-die-massnahmen', 'ueber-die-massnahmen-2', 'new-2', 'decisions-2']);

    const renamed = await savePage(api, 'alice', first.id, 1, { title: 'Maßnahmenplan 2027' });
    expect(renamed.data?.updatePage.title).toBe('Maßnahmenplan 2027');
    for (const slug of ['ueber-die-massnahmen', 'massnahmenplan-2027', 'UEBER-DIE-MASSNAHMEN']) {
      const found = await as('bob', BY_SLUG, { key: space.key.toLowerCase(), slug });
      expect(found.data).toEqual({ pageBySlug: { id: first.id, title: 'Maßnahmenplan 2027', slug: 'ueber-die-massnahmen' } });
    }
    const missing = await as('bob', BY_SLUG, { key: space.key, slug: 'no-such-page' });
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'slug' });
  });

  it('moves a page under another at a position, and to the root', async () => {
    const space = await buildSpace(api);
    const a = await buildPage(api, { space, title: 'A' });
    const b = await buildPage(api, { space, title: 'B' });
    const c = await buildPage(api, { space, title: 'C' });
    const x = await buildPage(api, { space, title: 'X', parentId: a.id });
    const y = await buildPage(api, { space, title: 'Y', parentId: a.id });

    const moved = await as('alice', MOVE, { id: c.id, parentId: a.id, position: 1 });
    expect(moved.errors).toBeUndefined();
    const tree = await as('alice', ROOTS, { key: space.key });
    expect(tree.data).toEqual({ space: { rootPages: [{ title: 'A', children: [{ title: 'X' }, { title: 'C' }, { title: 'Y' }] }, { title: 'B', children: [] }] } });

    await as('alice', MOVE, { id: y.id, parentId: null, position: 0 });
    await as('alice', MOVE, { id: b.id, parentId: x.id });
    const after = await as('alice', 'query($key: String!) { space(key: $key) { rootPages { title children { title children { title } } } } }', { key: space.key });
    expect(after.data).toEqual({
      space: {
        rootPages: [
          { title: 'Y', children: [] },
          { title: 'A', children: [{ title: 'X', children: [{ title: 'B' }] }, { title: 'C', children: [] }] },
        ],
      },
    });
    const event = await count(`SELECT count(*)::int AS count FROM outbox_event WHERE type = 'page.moved' AND aggregate_id = (SELECT id FROM page WHERE slug = 'b' AND space_id = (SELECT id FROM space WHERE key = $1))`, [space.key]);
    expect(event).toBe(1);
  });

  it('refuses a move under the page itself or its own descendant, naming parentId, and changes nothing', async () => {
    const space = await buildSpace(api);
    const top = await buildPage(api, { space, title: 'Top' });
    const mid = await buildPage(api, { space, title: 'Mid', parentId: top.id });
    const low = await buildPage(api, { space, title: 'Low', parentId: mid.id });
    for (const parentId of [top.id, mid.id, low.id]) {
      const result = await as('alice', MOVE, { id: top.id, parentId });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    }
    const read = await as<{ page: { parent: null } }>('alice', PAGE, { id: top.id });
    expect(read.data?.page.parent).toBeNull();
  });

  it('refuses a parent in another space, when creating and when moving', async () => {
    const [one, two] = [await buildSpace(api), await buildSpace(api)];
    const there = await buildPage(api, { space: two });
    const here = await buildPage(api, { space: one });
    const before = await count('SELECT count(*)::int AS count FROM page WHERE space_id = (SELECT id FROM space WHERE key = $1)', [one.key]);
    const created = await as('alice', CREATE, { input: { spaceId: one.id, parentId: there.id, title: 'Stray', body: '' } });
    expect(errorOf(created)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const moved = await as('alice', MOVE, { id: here.id, parentId: there.id });
    expect(errorOf(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(await count('SELECT count(*)::int AS count FROM page WHERE space_id = (SELECT id FROM space WHERE key = $1)', [one.key])).toBe(before);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 't'.repeat(201) }, 'title'],
    ['a body over 1 MB', { body: 'b'.repeat(1024 * 1024 + 1) }, 'body'],
    ['a bad label', { labels: ['no/slashes'] }, 'labels'],
  ])('refuses %s with BAD_USER_INPUT naming the field, on create and update, writing nothing', async (_name, change, field) => {
    const space = await buildSpace(api);
    const page = await buildPage(api, { space });
    const pages = () => count('SELECT count(*)::int AS count FROM page WHERE space_id = (SELECT id FROM space WHERE key = $1)', [space.key]);
    const before = await pages();
    const created = await as('alice', CREATE, { input: { spaceId: space.id, title: 'Valid', body: 'ok', ...change } });
    expect(errorOf(created)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await pages()).toBe(before);

    const updated = await savePage(api, 'alice', page.id, 1, { title: 'Valid', body: 'ok', ...change });
    expect(errorOf(updated)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('SELECT count(*)::int AS count FROM page_revision WHERE page_id = (SELECT id FROM page WHERE slug = $1)', [page.slug])).toBe(1);
  });

  it('accepts a title of exactly 200 characters and a body of exactly 1 MB', async () => {
    const page = await buildPage(api, { title: 'T'.repeat(200), body: 'b'.repeat(1024 * 1024) });
    expect(page.title.length).toBe(200);
    expect(page.body.length).toBe(1024 * 1024);
  });

  it('lets any employee read a public page but only members write it (FORBIDDEN, nothing written)', async () => {
    const space = await buildSpace(api, { visibility: 'PUBLIC' });
    const page = await buildPage(api, { space });
    const read = await as('carol', PAGE, { id: page.id });
    expect(read.data).toMatchObject({ page: { id: page.id } });

    const created = await as('carol', CREATE, { input: { spaceId: space.id, title: 'Intruder', body: '' } });
    expect(errorOf(created).code).toBe('FORBIDDEN');
    const updated = await savePage(api, 'carol', page.id, 1, { body: 'defaced' });
    expect(errorOf(updated).code).toBe('FORBIDDEN');
    const moved = await as('carol', MOVE, { id: page.id, parentId: null });
    expect(errorOf(moved).code).toBe('FORBIDDEN');
    const restored = await as('carol', 'mutation($id: ID!) { restorePageRevision(pageId: $id, version: 1) { version } }', { id: page.id });
    expect(errorOf(restored).code).toBe('FORBIDDEN');
    const labelled = await as('carol', 'mutation($id: ID!) { addPageLabel(pageId: $id, label: "x") { id } }', { id: page.id });
    expect(errorOf(labelled).code).toBe('FORBIDDEN');
    const deleted = await as('carol', DELETE, { id: page.id });
    expect(errorOf(deleted).code).toBe('FORBIDDEN');

    const after = await as<{ page: { version: number; body: string; labels: string[] } }>('alice', PAGE, { id: page.id });
    expect(after.data?.page).toMatchObject({ version: 1, body: page.body, labels: [] });
  });

  it('soft-deletes a page (owner or creator), moves its subpages up, frees its slug, and audits it', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const parent = await buildPage(api, { space, title: 'Parent' });
    const doomed = await buildPage(api, { space, title: 'Doomed', parentId: parent.id });
    await buildPage(api, { space, title: 'Orphan 1', parentId: doomed.id });
    await buildPage(api, { space, title: 'Orphan 2', parentId: doomed.id });

    const byOtherMember = await as('bob', DELETE, { id: doomed.id });
    expect(errorOf(byOtherMember).code).toBe('FORBIDDEN');
    const bobs = await buildPage(api, { space, title: 'Bobs page', author: 'bob' });
    expect((await as('bob', DELETE, { id: bobs.id })).data).toEqual({ deletePage: true });

    expect((await as('alice', DELETE, { id: doomed.id })).data).toEqual({ deletePage: true });
    expect(errorOf(await as('alice', PAGE, { id: doomed.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await as('alice', BY_SLUG, { key: space.key, slug: 'doomed' })).code).toBe('NOT_FOUND');
    const tree = await as('alice', ROOTS, { key: space.key });
    expect(tree.data).toEqual({ space: { rootPages: [{ title: 'Parent', children: [{ title: 'Orphan 1' }, { title: 'Orphan 2' }] }] } });

    // Kept for the record, with its history; the slug is free again.
    expect(await count('SELECT count(*)::int AS count FROM page WHERE slug = $1 AND deleted_at IS NOT NULL', ['doomed'])).toBeGreaterThanOrEqual(1);
    const again = await buildPage(api, { space, title: 'Doomed' });
    expect(again.slug).toBe('doomed');

    const audit = await api.dataSource.query(
      `SELECT action, data->>'title' AS title, (data->>'childrenMoved')::int AS moved FROM audit_log
        WHERE subject_type = 'Page' AND action = 'page.deleted' AND space_id = (SELECT id FROM space WHERE key = $1) ORDER BY id`,
      [space.key],
    );
    expect(audit).toEqual([
      { action: 'page.deleted', title: 'Bobs page', moved: 0 },
      { action: 'page.deleted', title: 'Doomed', moved: 2 },
    ]);
    expect(errorOf(await as('alice', DELETE, { id: doomed.id })).code).toBe('NOT_FOUND');
  });

  it('labels pages, lists pages by label (paged) and counts labels per space', async () => {
    const space = await buildSpace(api);
    const a = await buildPage(api, { space, title: 'Alpha', labels: ['Runbook', 'ops '] });
    expect(a).toBeDefined();
    await buildPage(api, { space, title: 'Beta', labels: ['runbook'] });
    const gamma = await buildPage(api, { space, title: 'Gamma' });
    const added = await as<{ addPageLabel: { labels: string[]; version: number } }>('alice', 'mutation($id: ID!) { addPageLabel(pageId: $id, label: " RunBook ") { labels version } }', { id: gamma.id });
    expect(added.data?.addPageLabel).toEqual({ labels: ['runbook'], version: 1 });

    const BY_LABEL = 'query($key: String!, $after: String) { pagesByLabel(spaceKey: $key, label: "runbook", first: 2, after: $after) { nodes { title labels } pageInfo { hasNextPage endCursor } } }';
    const page1 = await as<{ pagesByLabel: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>('bob', BY_LABEL, { key: space.key });
    expect(page1.data?.pagesByLabel.nodes.map((n) => n.title)).toEqual(['Alpha', 'Beta']);
    expect(page1.data?.pagesByLabel.pageInfo.hasNextPage).toBe(true);
    const page2 = await as<{ pagesByLabel: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean } } }>('bob', BY_LABEL, { key: space.key, after: page1.data?.pagesByLabel.pageInfo.endCursor });
    expect(page2.data?.pagesByLabel).toEqual({ nodes: [{ title: 'Gamma', labels: ['runbook'] }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
    // A forged cursor never reaches PostgreSQL: a non-uuid id or a null byte is BAD_USER_INPUT naming `after`.
    for (const forged of [JSON.stringify(['beta', "1' OR '1'='1"]), JSON.stringify(['a\u0000', '0f8fad5b-d9cb-469f-a165-70867728950e']), 'not a cursor']) {
      const after = Buffer.from(forged).toString('base64url');
      const refused = await as('bob', BY_LABEL, { key: space.key, after: forged === 'not a cursor' ? forged : after });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }

    const removed = await as<{ removePageLabel: { labels: string[] } }>('alice', 'mutation($id: ID!) { removePageLabel(pageId: $id, label: "runbook") { labels } }', { id: gamma.id });
    expect(removed.data?.removePageLabel.labels).toEqual([]);
    const counts = await as('bob', 'query($key: String!) { space(key: $key) { pageLabels { label count } } }', { key: space.key });
    expect(counts.data).toEqual({ space: { pageLabels: [{ label: 'runbook', count: 2 }, { label: 'ops', count: 1 }] } });
  });

  it('keeps templates in their own area and starts new pages from them', async () => {
    const space = await buildSpace(api);
    const template = await buildPage(api, { space, title: 'Retro notes', body: '## Agenda\n\n- [ ] item', labels: ['meeting'], isTemplate: true });
    await buildPage(api, { space, title: 'Regular' });
    const list = await as('bob', 'query($key: String!) { templates(spaceKey: $key) { title isTemplate } space(key: $key) { rootPages { title } } }', { key: space.key });
    expect(list.data).toEqual({
      templates: ['Decision record', 'How-to', 'Meeting notes', 'Retro notes'].map((title) => ({ title, isTemplate: true })),
      space: { rootPages: [{ title: 'Regular' }] },
    });

    const fromTemplate = await as<{ createPage: { body: string; labels: string[]; isTemplate: boolean } }>('alice', CREATE, {
      input: { spaceId: space.id, title: 'Weekly 2026-11-27', body: '', templateId: template.id, labels: ['weekly'] },
    });
    expect(fromTemplate.data?.createPage).toMatchObject({ body: '## Agenda\n\n- [ ] item', labels: ['meeting', 'weekly'], isTemplate: false });
    const underTemplate = await as('alice', CREATE, { input: { spaceId: space.id, parentId: template.id, title: 'x', body: '' } });
    expect(errorOf(underTemplate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const notATemplate = await as('alice', CREATE, { input: { spaceId: space.id, title: 'x', body: '', templateId: (await buildPage(api, { space })).id } });
    expect(errorOf(notATemplate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateId' });
  });

  it('exports a page as Markdown and finds it through node(id)', async () => {
    const page = await buildPage(api, { title: 'Export me', body: 'Hello', labels: ['b', 'a'] });
    const result = await as<{ node: { exportMarkdown: string; title: string } }>('bob', 'query($id: ID!) { node(id: $id) { id ... on Page { title exportMarkdown } } }', { id: page.id });
    expect(result.data?.node.title).toBe('Export me');
    expect(result.data?.node.exportMarkdown).toMatch(/^---\ntitle: "Export me"\nspace: "T-[0-9a-f]+"\nslug: "export-me"\nversion: 1\nlabels: \["a","b"\]\nupdated: .+\n---\n\n# Export me\n\nHello\n$/);
  });

  it('loads a tree with authors, labels and child counts without a query per page', async () => {
    const TREE = `query($key: String!) { space(key: $key) { rootPages { title labels childCount author { username } updatedBy { username } watchedByMe commentCount
      children { title labels childCount author { username } path { title } } } } }`;
    const queriesFor = async (roots: number): Promise<number> => {
      const space = await buildSpace(api, { members: ['bob', 'carol'] });
      for (let i = 0; i < roots; i++) {
        const root = await buildPage(api, { space, title: `Root ${i}`, labels: ['x'], author: ['alice', 'bob', 'carol'][i % 3] });
        for (let j = 0; j < 3; j++) await buildPage(api, { space, title: `Child ${i}.${j}`, parentId: root.id, labels: ['y'], author: ['carol', 'bob'][j % 2] });
      }
      const token = await api.token('alice');
      const statements = async (): Promise<number> => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-debug-statements': '1' },
          body: JSON.stringify({ query: TREE, variables: { key: space.key } }),
        });
        const result = (await response.json()) as { errors?: unknown[]; data?: { space: { rootPages: { children: unknown[] }[] } } };
        expect(result.errors).toBeUndefined();
        expect(result.data?.space.rootPages).toHaveLength(roots);
        expect(result.data?.space.rootPages.every((p) => p.children.length === 3)).toBe(true);
        // The statements this request sent, and only those (not a relay poll or another request's).
        return Number(response.headers.get('x-db-statements'));
      };
      const first = await statements();
      // Deterministic: the same request costs the same, whatever the timing.
      expect(await statements()).toBe(first);
      return first;
    };
    const small = await queriesFor(2);
    const large = await queriesFor(6);
    // One batch per field and level, whatever the number of pages: 18 pages cost what 6 do.
    expect(small).toBeGreaterThan(0);
    expect(large - small).toBeLessThanOrEqual(2);
    expect(large).toBeLessThanOrEqual(18);
    expect(large).toBeLessThanOrEqual(small);
  });

  it('seeds a living wiki in English and German on first start', async () => {
    const eng = await as<{ pageBySlug: { title: string; version: number; labels: string[]; revisions: { summary: string | null; author: { username: string } }[]; children: unknown[] } }>(
      'bob',
      'query { pageBySlug(spaceKey: "ENG", slug: "architecture-overview") { title version labels revisions { summary author { username } } } }',
    );
    expect(eng.data?.pageBySlug).toMatchObject({ title: 'Architecture Overview', version: 4, labels: ['architecture'] });
    expect(eng.data?.pageBySlug.revisions.map((r) => r.summary)).toEqual([
      'Redis is now optional in single-node mode',
      'Describe deployment and migrations',
      'Add the data flow and the outbox',
      null,
    ]);
    const adr = await as<{ pageBySlug: { html: string; comments: unknown[]; backlinks: { title: string }[] } }>(
      'bob',
      'query { pageBySlug(spaceKey: "ENG", slug: "adr-001-use-postgresql-for-all-persistent-state") { html comments { body } backlinks { title } } }',
    );
    expect(adr.data?.pageBySlug.html).toContain('href="/s/ENG/architecture-overview"');
    expect(adr.data?.pageBySlug.html).toContain('class="wiki-link wiki-link-missing"');
    expect(adr.data?.pageBySlug.comments).toHaveLength(2);
    const templates = await as<{ templates: { title: string }[] }>('bob', '{ templates(spaceKey: "ENG") { title } }');
    expect(templates.data?.templates.map((t) => t.title)).toEqual(['Decision record', 'How-to', 'Meeting notes']);
    const hr = await as<{ pageBySlug: { title: string; children: { title: string }[] } }>('bob', 'query { pageBySlug(spaceKey: "HR", slug: "willkommen-bei-uns") { title children { title } } }');
    expect(hr.data?.pageBySlug).toEqual({ title: 'Willkommen bei uns', children: [{ title: 'Urlaubsregelung' }, { title: 'Homeoffice-Richtlinie' }] });
    const risk = await as('bob', 'query { pageBySlug(spaceKey: "RISK", slug: "risikobericht-q3-2026") { title } }');
    expect(errorOf(risk).code).toBe('NOT_FOUND');
    const riskForMember = await as('alice', 'query { pageBySlug(spaceKey: "RISK", slug: "risikobericht-q3-2026") { title version } }');
    expect(riskForMember.data).toEqual({ pageBySlug: { title: 'Risikobericht Q3 2026', version: 2 } });
  });

  it('refuses ids of the wrong type', async () => {
    const space = await buildSpace(api);
    expect(errorOf(await as('alice', PAGE, { id: space.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await as('alice', CREATE, { input: { spaceId: (await buildPage(api)).id, title: uniqueTitle(), body: '' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
  });
});
