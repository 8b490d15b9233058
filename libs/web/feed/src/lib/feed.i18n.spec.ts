import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_KINDS, kindText } from './data-access/feed-text';
import { feedDictionaries } from './feed.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = feedDictionaries.en;

describe('feed dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(feedDictionaries.de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal feed.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('feed.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](feed\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('say what happened for every kind of item', () => {
    expect(FEED_KINDS.map(kindText).filter((key) => !(key in en))).toEqual([]);
  });

  it('name every role and proposal status', () => {
    const keys = [...['ADMIN', 'MANAGER', 'EMPLOYEE'].map((r) => `feed.profile.role.${r}`), ...['OPEN', 'CLOSED', 'WITHDRAWN'].map((s) => `feed.card.status.${s}`)];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => {
      const english = new Set(placeholders(en[key]));
      const german = new Set(placeholders(feedDictionaries.de[key]));
      return english.size !== german.size || [...english].some((p) => !german.has(p));
    });
    expect(differing).toEqual([]);
  });
});
