import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_ACTIONS } from './data-access/markdown-editing';
import { wikiDictionaries } from './wiki.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('wiki dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(wikiDictionaries.de).sort()).toEqual(Object.keys(wikiDictionaries.en).sort());
  });

  it('contain every literal wiki.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('wiki.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'(wiki\.[\w.]*\w)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter((key) => !(key in wikiDictionaries.en));
    expect(missing).toEqual([]);
  });

  it('name every toolbar action and both visibilities', () => {
    const keys = [...MARKDOWN_ACTIONS.map((a) => `wiki.editor.tool.${a}`), 'wiki.visibility.PUBLIC', 'wiki.visibility.PRIVATE'];
    expect(keys.filter((key) => !(key in wikiDictionaries.en))).toEqual([]);
  });

  it('put name, version and time into the notice of a newer version in both languages', () => {
    for (const dictionary of [wikiDictionaries.en, wikiDictionaries.de]) {
      expect(dictionary['wiki.editor.newer.message']).toEqual(expect.stringMatching(/(?=.*\{name\})(?=.*\{version\})(?=.*\{time\})/));
    }
  });
});
