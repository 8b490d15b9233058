import { describe, expect, it } from 'vitest';
import { lineDiff, textsDiffer, unifiedDiff } from './text-diff';

describe('unifiedDiff', () => {
  it.each([
    ['an added line', 'a\nb\n', 'a\nb\nc\n', '@@ -1,2 +1,3 @@\n a\n b\n+c\n'],
    ['a removed line', 'a\nb\nc\n', 'a\nc\n', '@@ -1,3 +1,2 @@\n a\n-b\n c\n'],
    ['a changed line', 'a\nb\nc\n', 'a\nB\nc\n', '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'],
    ['from empty', '', 'new\n', '@@ -0,0 +1,1 @@\n+new\n'],
    ['to empty', 'old\n', '', '@@ -1,1 +0,0 @@\n-old\n'],
    ['missing final newline is no change', 'a\nb', 'a\nb\n', ''],
    ['CRLF is no change', 'a\r\nb\r\n', 'a\nb\n', ''],
  ])('%s', (_name, from, to, hunks) => {
    expect(unifiedDiff(from, to, { fromLabel: 'v1', toLabel: 'v2' })).toBe(`--- v1\n+++ v2\n${hunks}`);
  });

  it('keeps three lines of context and splits distant changes into hunks', () => {
    const from = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const to = from.replace('line 2\n', 'line two\n').replace('line 19\n', 'line nineteen\n');
    const diff = unifiedDiff(from, to);
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
    expect(diff).toContain('-line 2\n+line two\n');
    expect(diff).toContain('-line 19\n+line nineteen\n');
  });
});

describe('lineDiff', () => {
  it('numbers every line on both sides: added, removed and unchanged', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { kind: 'CONTEXT', text: 'a', oldNumber: 1, newNumber: 1 },
      { kind: 'REMOVED', text: 'b', oldNumber: 2, newNumber: null },
      { kind: 'ADDED', text: 'B', oldNumber: null, newNumber: 2 },
      { kind: 'CONTEXT', text: 'c', oldNumber: 3, newNumber: 3 },
      { kind: 'ADDED', text: 'd', oldNumber: null, newNumber: 4 },
    ]);
  });

  it('keeps blank lines', () => {
    expect(lineDiff('a\n\nb', 'a\n\nb').map((l) => l.text)).toEqual(['a', '', 'b']);
  });

  it('ignores line endings and a missing final newline', () => {
    expect(lineDiff('a\r\nb', 'a\nb\n').every((line) => line.kind === 'CONTEXT')).toBe(true);
  });

  it.each([
    ['', 'x', [{ kind: 'ADDED', text: 'x', oldNumber: null, newNumber: 1 }]],
    ['x', '', [{ kind: 'REMOVED', text: 'x', oldNumber: 1, newNumber: null }]],
    ['', '', []],
  ] as const)('%j → %j', (a, b, expected) => {
    expect(lineDiff(a, b)).toEqual(expected);
  });
});

describe('textsDiffer', () => {
  it.each([
    ['a', 'a\n', false],
    ['a\r\nb', 'a\nb', false],
    ['a', 'b', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(textsDiffer(a, b)).toBe(expected);
  });
});
