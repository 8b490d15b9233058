import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REACTION_EMOJI } from './data-access/reactions';
import { blogDictionaries } from './blog.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = blogDictionaries.en;

describe('blog dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(blogDictionaries.de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal blog.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('blog.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](blog\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every form problem and status the code builds a key for', () => {
    const built = ['titleRequired', 'titleTooLong', 'tooManyTags'].map((p) => `blog.editor.problem.${p}`).concat(['DRAFT', 'PUBLISHED'].map((s) => `blog.status.${s}`));
    expect(built.filter((key) => !(key in en))).toEqual([]);
  });

  it('name every reaction', () => {
    expect(REACTION_EMOJI.map((emoji) => `blog.reactions.${emoji}`).filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => {
      const english = new Set(placeholders(en[key]));
      const german = new Set(placeholders(blogDictionaries.de[key]));
      return english.size !== german.size || [...english].some((p) => !german.has(p));
    });
    expect(differing).toEqual([]);
  });
});
