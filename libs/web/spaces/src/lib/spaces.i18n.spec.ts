import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spacesDictionaries } from './spaces.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('spaces dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(spacesDictionaries.de).sort()).toEqual(Object.keys(spacesDictionaries.en).sort());
  });

  it('contain every literal spaces.* key the templates use', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(spaces\.[\w.]+)'\s*\|\s*t\b/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => !(key in spacesDictionaries.en));
    expect(missing).toEqual([]);
  });
});
