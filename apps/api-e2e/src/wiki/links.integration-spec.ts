import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace } from '../support/factories';
import { buildPage, savePage } from '../support/page-factories';
import { errorOf, startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const HTML = 'query($id: ID!) { page(id: $id) { html backlinks { id title } } }';

describe('wiki links and backlinks', () => {
  let api: TestApi;
  const as = async <T = Record<string, unknown>>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    api.gql<T>(await api.token(username), query, variables);
  const read = async (username: string, id: string) => (await as<{ page: { html: string; backlinks: { id: string; title: string }[] } }>(username, HTML, { id })).data?.page;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('links an existing page by its slug, and a missing one to "create this page"', async () => {
    const space = await buildSpace(api);
    const target = await buildPage(api, { space, title: 'Deployment Guide' });
    const source = await buildPage(api, { space, title: 'Index', body: 'Read [[Deployment Guide]] and [[deployment guide|the guide]], then [[Rollback Plan]].\n\n`[[Not A Link]]`' });
    expect(source.html).toBe(
      `<p>Read <a class="wiki-link" href="/s/${space.key}/deployment-guide" rel="noopener noreferrer">Deployment Guide</a> and ` +
        `<a class="wiki-link" href="/s/${space.key}/deployment-guide" rel="noopener noreferrer">the guide</a>, then ` +
        `<a class="wiki-link wiki-link-missing" href="/s/${space.key}/new?title=Rollback%20Plan" title="Create the page “Rollback Plan”" rel="noopener noreferrer">Rollback Plan</a>.</p>\n` +
        '<p><code>[[Not A Link]]</code></p>\n',
    );
    expect((await read('bob', target.id))?.backlinks).toEqual([{ id: source.id, title: 'Index' }]);
  });

  it('resolves a link to a missing page once that page is created, and re-renders the linking page', async () => {
    const space = await buildSpace(api);
    const source = await buildPage(api, { space, title: 'Plan', body: 'Next: [[Rollback Plan]]' });
    expect(source.html).toContain('wiki-link-missing');
    const target = await buildPage(api, { space, title: 'Rollback plan' });
    const after = await read('alice', source.id);
    expect(after?.html).toBe(`<p>Next: <a class="wiki-link" href="/s/${space.key}/rollback-plan" rel="noopener noreferrer">Rollback Plan</a></p>\n`);
    expect((await read('alice', target.id))?.backlinks).toEqual([{ id: source.id, title: 'Plan' }]);
    const [{ version }] = await api.dataSource.query('SELECT version FROM page WHERE id = $1', [Buffer.from(source.id, 'base64url').toString().split(':')[1]]);
    expect(version).toBe(1);
  });

  it('follows renames: the old title still links, the new title links too, the slug stays', async () => {
    const space = await buildSpace(api);
    const target = await buildPage(api, { space, title: 'Old Name' });
    await savePage(api, 'alice', target.id, 1, { title: 'New Name' });
    const source = await buildPage(api, { space, title: 'Links', body: '[[Old Name]] / [[New Name]]' });
    expect(source.html).toBe(
      `<p><a class="wiki-link" href="/s/${space.key}/old-name" rel="noopener noreferrer">Old Name</a> / ` +
        `<a class="wiki-link" href="/s/${space.key}/old-name" rel="noopener noreferrer">New Name</a></p>\n`,
    );
    expect((await read('alice', target.id))?.backlinks).toEqual([{ id: source.id, title: 'Links' }]);
  });

  it('drops backlinks that a new version removes, and turns links to a deleted page back into "create" links', async () => {
    const space = await buildSpace(api);
    const target = await buildPage(api, { space, title: 'Target' });
    const keeps = await buildPage(api, { space, title: 'Keeps', body: '[[Target]]' });
    const drops = await buildPage(api, { space, title: 'Drops', body: '[[Target]]' });
    expect((await read('alice', target.id))?.backlinks.map((b) => b.title)).toEqual(['Drops', 'Keeps']);
    await savePage(api, 'alice', drops.id, 1, { body: 'no more links' });
    expect((await read('alice', target.id))?.backlinks.map((b) => b.title)).toEqual(['Keeps']);

    await as('alice', 'mutation($id: ID!) { deletePage(id: $id) }', { id: target.id });
    expect((await read('alice', keeps.id))?.html).toContain(`class="wiki-link wiki-link-missing" href="/s/${space.key}/new?title=Target"`);
  });

  it('hides the backlink from a private page to a public one from strangers, and shows it to members', async () => {
    const open = await buildSpace(api, { visibility: 'PUBLIC' });
    const secret = await buildSpace(api, { visibility: 'PRIVATE', members: ['bob'] });
    const target = await buildPage(api, { space: open, title: 'Public Handbook' });
    const publicLinker = await buildPage(api, { space: open, title: 'Public linker', body: '[[Public Handbook]]' });
    const privateLinker = await buildPage(api, { space: secret, title: 'Secret merger plan', body: `[[${open.key}:Public Handbook]]` });
    expect(privateLinker.html).toContain(`href="/s/${open.key}/public-handbook"`);

    expect((await read('carol', target.id))?.backlinks).toEqual([{ id: publicLinker.id, title: 'Public linker' }]);
    expect(JSON.stringify(await read('carol', target.id))).not.toContain('Secret');
    expect((await read('bob', target.id))?.backlinks.map((b) => b.title)).toEqual(['Public linker', 'Secret merger plan']);
  });

  it('never shows, in a page others read, whether a page exists in a private space', async () => {
    const secret = await buildSpace(api, { visibility: 'PRIVATE' });
    await buildPage(api, { space: secret, title: 'Layoffs 2027' });
    const open = await buildSpace(api, { visibility: 'PUBLIC' });
    const page = await buildPage(api, { space: open, body: `[[${secret.key}:Layoffs 2027]] [[${secret.key}:Nothing here]] [[NOSUCHSPACE:Foo]]` });
    expect(page.html).toBe(
      `<p><a class="wiki-link" href="/s/${secret.key}/layoffs-2027" rel="noopener noreferrer">Layoffs 2027</a> ` +
        `<a class="wiki-link" href="/s/${secret.key}/nothing-here" rel="noopener noreferrer">Nothing here</a> ` +
        '<a class="wiki-link" href="/s/NOSUCHSPACE/foo" rel="noopener noreferrer">Foo</a></p>\n',
    );
  });

  it('previews a draft exactly as saving would render it', async () => {
    const space = await buildSpace(api);
    await buildPage(api, { space, title: 'Known' });
    const preview = await as<{ pagePreview: string }>('bob', 'query($id: ID!) { pagePreview(spaceId: $id, body: "[[Known]] <script>x</script> **b**") }', { id: space.id });
    expect(preview.data?.pagePreview).toBe(`<p><a class="wiki-link" href="/s/${space.key}/known" rel="noopener noreferrer">Known</a>  <strong>b</strong></p>\n`);
    const hidden = await buildSpace(api, { visibility: 'PRIVATE' });
    expect(errorOf(await as('bob', 'query($id: ID!) { pagePreview(spaceId: $id, body: "x") }', { id: hidden.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
  });
});
