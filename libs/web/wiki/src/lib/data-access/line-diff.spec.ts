import { describe, expect, it } from 'vitest';
import { lineDiff } from '@pnyx/shared/markdown';
import { parseUnified, sideBySide } from './line-diff';

describe('sideBySide', () => {
  it('pairs a removed run with the added run that replaced it', () => {
    const rows = sideBySide(lineDiff('a\nb\nc\nz', 'a\nB\nC\nD\nz'));
    expect(rows.map((row) => [row.left?.text ?? null, row.right?.text ?? null])).toEqual([
      ['a', 'a'],
      ['b', 'B'],
      ['c', 'C'],
      [null, 'D'],
      ['z', 'z'],
    ]);
    expect(rows[1].left).toEqual({ number: 2, text: 'b', changed: true });
    expect(rows[3].right).toEqual({ number: 4, text: 'D', changed: true });
    expect(rows[0].left?.changed).toBe(false);
  });

  it('keeps an addition followed by a removal in order', () => {
    const rows = sideBySide([
      { kind: 'ADDED', text: 'new', oldNumber: null, newNumber: 1 },
      { kind: 'REMOVED', text: 'old', oldNumber: 1, newNumber: null },
    ]);
    expect(rows).toEqual([
      { left: null, right: { number: 1, text: 'new', changed: true } },
      { left: { number: 1, text: 'old', changed: true }, right: null },
    ]);
  });
});

describe('parseUnified', () => {
  it('classifies the lines of a unified diff', () => {
    const unified = ['===================================================================', '--- a (version 1)', '+++ a (version 2)', '@@ -1,2 +1,2 @@', ' same', '-old', '+new', '\\ No newline at end of file', ''].join('\n');
    expect(parseUnified(unified)).toEqual([
      { kind: 'file', text: '--- a (version 1)' },
      { kind: 'file', text: '+++ a (version 2)' },
      { kind: 'hunk', text: '@@ -1,2 +1,2 @@' },
      { kind: 'context', text: ' same' },
      { kind: 'removed', text: '-old' },
      { kind: 'added', text: '+new' },
    ]);
  });

  it('is empty for an empty diff', () => {
    expect(parseUnified('')).toEqual([]);
  });
});
