import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REACTION_EMOJI } from './data-access/reactions';
import { postsDictionaries } from './posts.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = postsDictionaries.en;

describe('posts dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(postsDictionaries.de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal posts.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('posts.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](posts\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every reaction', () => {
    expect(REACTION_EMOJI.map((emoji) => `posts.reactions.${emoji}`).filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => {
      const english = new Set(placeholders(en[key]));
      const german = new Set(placeholders(postsDictionaries.de[key]));
      return english.size !== german.size || [...english].some((p) => !german.has(p));
    });
    expect(differing).toEqual([]);
  });
});
