import { RevisionHtmlCache } from '@pnyx/api/wiki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, savePage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

const REVISIONS_HTML = 'query($id: ID!) { page(id: $id) { revisions(first: 20) { version html } } }';

describe('wiki: bodies built to be slow render in linear time, and old versions render once', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it.each([
    ['1,000,000 [', '['.repeat(1_000_000)],
    ['333,333 [[a', '[[a'.repeat(333_333)],
  ])('saves and shows a body of %s as the text it is', async (name, body) => {
    const started = performance.now();
    const page = await buildPage(api, { body });
    console.log(`createPage with a body of ${name} (rendered once): ${(performance.now() - started).toFixed(0)} ms`);
    expect(page.html).toBe(`<p>${body}</p>\n`);
    const preview = await api.gql<{ pagePreview: string }>(await api.token('alice'), 'query($s: ID!, $b: String!) { pagePreview(spaceId: $s, body: $b) }', {
      s: page.space.id,
      b: `${body.slice(0, 1000)} [[${page.title}]]`,
    });
    expect(preview.data?.pagePreview).toContain(`<a class="wiki-link" href="/s/${page.space.key}/${page.slug}" rel="noopener noreferrer">${page.title}</a>`);
  }, 120_000);

  it("renders each of 20 versions' html once, however often they are read, until a link's target changes", async () => {
    const cache = api.app.get(RevisionHtmlCache, { strict: false });
    const section = (v: number, i: number) => `## Section ${i} of version ${v}\n\n- a point about [[Glossary]]\n- another with \`code\` and **bold**\n\n| a | b |\n|---|---|\n| ${i} | ${v} |\n`;
    const bodyOf = (v: number) => Array.from({ length: 200 }, (_, i) => section(v, i)).join('\n');
    const page = await buildPage(api, { body: bodyOf(1) });
    for (let v = 2; v <= 20; v++) {
      const saved = await savePage(api, 'alice', page.id, v - 1, { body: bodyOf(v) });
      expect(saved.errors).toBeUndefined();
    }
    const token = await api.token('alice');
    const read = async (label: string) => {
      const before = cache.stats.renders;
      const started = performance.now();
      const result = await api.gql<{ page: { revisions: { version: number; html: string }[] } }>(token, REVISIONS_HTML, { id: page.id });
      console.log(`revisions { html } of 20 versions of ${(bodyOf(1).length / 1024).toFixed(0)} KB, ${label}: ${(performance.now() - started).toFixed(0)} ms, ${cache.stats.renders - before} rendered`);
      expect(result.errors).toBeUndefined();
      return { revisions: result.data?.page.revisions ?? [], rendered: cache.stats.renders - before };
    };

    const first = await read('first read');
    expect(first.rendered).toBe(20);
    expect(first.revisions.map((r) => r.version)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(first.revisions[19].html).toContain('<h2>Section 199 of version 1</h2>');
    expect(first.revisions[19].html).toContain('wiki-link-missing');

    const second = await read('second read');
    expect(second).toEqual({ revisions: first.revisions, rendered: 0 });

    // A page called Glossary appears: every version links to it now, so each renders once more.
    const glossary = await buildPage(api, { space: page.space, title: 'Glossary' });
    const third = await read('after [[Glossary]] was created');
    expect(third.rendered).toBe(20);
    expect(third.revisions[5].html).toContain(`<a class="wiki-link" href="/s/${page.space.key}/${glossary.slug}"`);
    expect(third.revisions[5].html).not.toContain('wiki-link-missing');
    expect((await read('read again')).rendered).toBe(0);
    expect(cache.bytes).toBeGreaterThan(0);
  }, 120_000);
});
