import { describe, expect, it } from 'vitest';
import type { LinkTarget } from './page-link.repository';
import { PageRenderer, type ResolveTargets } from './page-renderer';
import { ByteBoundedLru, REVISION_HTML_CACHE_BYTES, RevisionHtmlCache } from './revision-html.cache';

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

  it('stays within 64 MB whatever is put in: 1,000 renderings of 1 MB', () => {
    const cache = new RevisionHtmlCache();
    const html = '<p>x</p>'.repeat(128 * 1024);
    for (let version = 1; version <= 1000; version++) cache.set('page', version, { pairs: [], fingerprint: '[]', html });
    expect(cache.bytes).toBeLessThanOrEqual(REVISION_HTML_CACHE_BYTES);
    expect(cache.bytes).toBeGreaterThan(REVISION_HTML_CACHE_BYTES - 2 * html.length - 1000);
    expect(cache.get('page', 1000)?.html).toBe(html);
    expect(cache.get('page', 1)).toBeUndefined();
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
