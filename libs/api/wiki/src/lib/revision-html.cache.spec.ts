import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { LinkTarget } from './page-link.repository';
import { PageRenderer, type ResolveTargets } from './page-renderer';
import { ByteBoundedLru, REVISION_HTML_CACHE_BYTES, RevisionHtmlCache } from './revision-html.cache';

/** Every parse of a body: how many link lookups had started when it was made, and when it was rendered. */
const parses = vi.hoisted(() => ({ lookups: 0, made: [] as { madeAt: number; renderedAt: number | null }[] }));
vi.mock('@pnyx/shared/markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@pnyx/shared/markdown')>();
  return {
    ...actual,
    parseMarkdown: (source: string) => {
      const parsed = actual.parseMarkdown(source);
      const made = { madeAt: parses.lookups, renderedAt: null as number | null };
      parses.made.push(made);
      return { links: parsed.links, render: (resolve?: Parameters<typeof parsed.render>[0]) => ((made.renderedAt = parses.lookups), parsed.render(resolve)) };
    },
  };
});

describe('ByteBoundedLru', () => {
  const lru = () => new ByteBoundedLru<string>(1000, (value) => value.length);

  it('keeps the bytes held within its bound, forgetting the least recently used first', () => {
    const cache = lru();
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, 'x'.repeat(196)); // 196 + 2 × 2 bytes of key = 200 each
    expect(cache.bytes).toBe(1000);
    expect(cache.size).toBe(5);
    expect(['k0', 'k4', 'k5', 'k9'].map((k) => cache.get(k) !== undefined)).toEqual([false, false, true, true]);

    cache.get('k5'); // now the most recently used
    cache.set('big', 'y'.repeat(394)); // 400 bytes: two entries go
    expect(['k5', 'k6', 'k7', 'k8', 'k9', 'big'].map((k) => cache.get(k) !== undefined)).toEqual([true, false, false, true, true, true]);
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });

  it('replaces an entry under the same key, counting it once', () => {
    const cache = lru();
    cache.set('a', 'x'.repeat(100));
    cache.set('a', 'x'.repeat(300));
    expect({ bytes: cache.bytes, size: cache.size, value: cache.get('a')?.length }).toEqual({ bytes: 302, size: 1, value: 300 });
  });

  it('does not keep a value larger than one entry may be, nor evict others for it', () => {
    const cache = new ByteBoundedLru<string>(1000, (value) => value.length, 250);
    cache.set('a', 'x'.repeat(200));
    cache.set('b', 'x'.repeat(400));
    expect({ a: cache.get('a')?.length, b: cache.get('b'), bytes: cache.bytes }).toEqual({ a: 200, b: undefined, bytes: 202 });
  });

  it('stays within 64 MB whatever is put in: 90 renderings of 1 MB that hardly compress', () => {
    const cache = new RevisionHtmlCache();
    const html = randomBytes(768 * 1024).toString('base64');
    for (let version = 1; version <= 90; version++) cache.set('page', version, { pairs: [], fingerprint: '[]', html });
    expect(cache.bytes).toBeLessThanOrEqual(REVISION_HTML_CACHE_BYTES);
    expect(cache.bytes).toBeGreaterThan(REVISION_HTML_CACHE_BYTES - 2 * html.length);
    expect(cache.size).toBeLessThan(90);
    expect(cache.get('page', 90)?.html).toBe(html);
    expect(cache.get('page', 1)).toBeUndefined();
  });

  it('keeps all of 20 versions of 1 MB (3 MB of html each), as the html is kept deflated', () => {
    const cache = new RevisionHtmlCache();
    const htmlOf = (v: number) => Array.from({ length: 12_000 }, (_, i) => `<h2>Section ${i} of version ${v}</h2>\n<table><tr><td>${i * v}</td></tr></table>\n`).join('').padEnd(3_000_000, ' ');
    for (let version = 1; version <= 20; version++) cache.set('page', version, { pairs: [], fingerprint: '[]', html: htmlOf(version) });
    expect(cache.size).toBe(20);
    expect(cache.bytes).toBeLessThan(REVISION_HTML_CACHE_BYTES / 2);
    expect(cache.get('page', 1)?.html).toBe(htmlOf(1));
  });
});

describe('PageRenderer.renderRevision', () => {
  const space = { id: 'space-1', key: 'ENG' };
  const target = (key: string, slug: string | null): LinkTarget => ({ spaceKeyLower: 'eng', key, spaceId: space.id, spaceKey: 'ENG', visibility: 'PRIVATE', pageId: slug && `id-${slug}`, slug });
  const setup = () => {
    const targets = new Map<string, LinkTarget>([['glossary', target('glossary', 'glossary')]]);
    const lookups: string[][] = [];
    const resolve: ResolveTargets = async (pairs) => {
      lookups.push(pairs.map((p) => p.key));
      return pairs.map((p) => targets.get(p.key) ?? target(p.key, null));
    };
    const cache = new RevisionHtmlCache();
    const renderer = new PageRenderer(null as never, cache);
    return { targets, lookups, resolve, cache, renderer };
  };
  const revisions = Array.from({ length: 20 }, (_, i) => ({ pageId: 'page-1', version: i + 1, body: `Version ${i + 1}: see [[Glossary]] and [[Later ${i % 2}]]` }));

  it('renders each of 20 versions once, reading them twice, with the same html as rendering afresh', async () => {
    const { resolve, cache, renderer } = setup();
    const first = await Promise.all(revisions.map((r) => renderer.renderRevision(resolve, space, r)));
    const second = await Promise.all(revisions.map((r) => renderer.renderRevision(resolve, space, r)));
    expect(cache.stats).toEqual({ renders: 20, hits: 20 });
    expect(second).toEqual(first);
    const fresh = await Promise.all(revisions.map(async (r) => (await renderer.renderWith(resolve, space, r.body)).html));
    expect(first).toEqual(fresh);
    expect(first[0]).toContain('<a class="wiki-link" href="/s/ENG/glossary"');
  });

  it('holds no parsed body while its links are looked up (many versions wait for one lookup at once)', async () => {
    const { resolve, renderer } = setup();
    const lookUp: ResolveTargets = async (pairs) => {
      parses.lookups++;
      await new Promise((done) => setTimeout(done, 1));
      return resolve(pairs);
    };
    parses.made.length = 0;
    await Promise.all(revisions.map((r) => renderer.renderRevision(lookUp, space, r)));
    const rendered = parses.made.filter((p) => p.renderedAt !== null);
    expect(rendered).toHaveLength(20);
    expect(rendered.filter((p) => p.renderedAt !== p.madeAt)).toEqual([]);
  });

  it('renders a version again when one of its links points elsewhere now, or its space is renamed', async () => {
    const { targets, resolve, cache, renderer } = setup();
    await Promise.all(revisions.map((r) => renderer.renderRevision(resolve, space, r)));
    targets.set('later-1', target('later-1', 'later-1')); // "Later 1" now exists: the even versions link to it
    const after = await Promise.all(revisions.map((r) => renderer.renderRevision(resolve, space, r)));
    expect(cache.stats).toEqual({ renders: 30, hits: 10 });
    expect(after[1]).toContain('href="/s/ENG/later-1"');
    expect(after[0]).toContain('wiki-link-missing');

    const renamed = await renderer.renderRevision(resolve, { id: space.id, key: 'ENGINEERING' }, revisions[0]);
    expect(cache.stats.renders).toBe(31);
    expect(renamed).toContain('href="/s/ENGINEERING/glossary"');
  });
});
