import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION_OUTCOMES, DECISION_PROCESSES } from '@pnyx/shared/decisions';
import { CLOSING_PRESETS } from './data-access/closing-time';
import { decisionsDictionaries } from './decisions.i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const en = decisionsDictionaries.en;

describe('decisions dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(decisionsDictionaries.de).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain every literal decisions.* key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      if (file.endsWith('decisions.i18n.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](decisions\.[\w.]*\w)['"]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every process, outcome, status, fixed option, side, record file, preset and closing problem', () => {
    const keys = [
      ...DECISION_PROCESSES.flatMap((p) => [`decisions.process.${p}`, `decisions.process.${p}.help`]),
      ...DECISION_OUTCOMES.flatMap((o) => [`decisions.outcome.${o}`, `decisions.outcome.explain.${o}`]),
      ...['OPEN', 'CLOSED', 'WITHDRAWN'].map((s) => `decisions.status.${s}`),
      ...['yes', 'no', 'abstain', 'consent', 'concern', 'object', 'support', 'oppose'].map((c) => `decisions.option.${c}`),
      ...['PRO', 'CON'].flatMap((side) => [`decisions.arguments.${side}`, `decisions.arguments.add.${side}`]),
      ...['markdown', 'json', 'csv', 'blt'].map((kind) => `decisions.record.file.${kind}`),
      ...CLOSING_PRESETS.map((preset) => `decisions.form.closing.${preset}`),
      ...['required', 'invalid', 'past', 'tooFar'].flatMap((problem) => [`decisions.form.closing.${problem}`, `decisions.extend.${problem}`]),
      ...['underHour', 'hours', 'days'].map((unit) => `decisions.stats.median.${unit}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders of each text in both languages', () => {
    const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter((key) => {
      const english = new Set(placeholders(en[key]));
      const german = new Set(placeholders(decisionsDictionaries.de[key]));
      return english.size !== german.size || [...english].some((p) => !german.has(p));
    });
    expect(differing).toEqual([]);
  });
});
