import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMAIL_MODES, NOTIFICATION_KINDS, kindName, kindSentence } from './data-access/notification-text';
import { notificationsDictionaries } from './notifications.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = notificationsDictionaries.en;

describe('notification dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(notificationsDictionaries.de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal notifications.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('notifications.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](notifications\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every kind, say what happened for it, and name every e-mail mode', () => {
    const keys = [
      ...NOTIFICATION_KINDS.map(kindSentence),
      ...NOTIFICATION_KINDS.map(kindName),
      ...EMAIL_MODES.map((mode) => `notifications.settings.email.${mode}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => {
      const english = new Set(placeholders(en[key]));
      const german = new Set(placeholders(notificationsDictionaries.de[key]));
      return english.size !== german.size || [...english].some((p) => !german.has(p));
    });
    expect(differing).toEqual([]);
  });
});
