import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_KINDS, toHitView } from './data-access/search-hit';
import { SEARCH_TYPES } from './data-access/search-params';
import { searchDictionaries } from './search.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = searchDictionaries.en;
const de = searchDictionaries.de;

describe('search dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal search.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('search.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](search\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(25);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every kind of suggestion (plural), every type of hit (singular) and both orders', () => {
    const keys = [
      ...SUGGESTION_KINDS.map((kind) => `search.kind.${kind}`),
      ...SEARCH_TYPES.map((type) => `search.type.${type}`),
      'search.sort.RELEVANCE',
      'search.sort.DATE',
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    const page = toHitView({ score: 1, snippet: '', node: { __typename: 'Post', id: 'x', body: 'b', createdAt: '', postSpace: null } });
    expect(page.typeLabel in en).toBe(true);
  });

  it('count results in both languages, one and many', () => {
    expect(en['search.count']).toEqual({ one: '{count} result', other: '{count} results' });
    expect(de['search.count']).toEqual({ one: '{count} Ergebnis', other: '{count} Ergebnisse' });
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => placeholders(en[key]).join() !== placeholders(de[key]).join());
    expect(differing).toEqual([]);
  });
});
