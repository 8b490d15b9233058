import { createTwoFilesPatch, diffLines, FILE_HEADERS_ONLY } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffEditBound, lineDiff, MAX_DIFF_EDITS, textDiff, textsDiffer, unifiedDiff, type DiffLine } from './text-diff';

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

/** What lineDiff and unifiedDiff were before the line matching was bounded: `diffLines` and `createTwoFilesPatch` unbounded. */
function reference(oldText: string, newText: string): { lines: DiffLine[]; unified: string } {
  const norm = (t: string) => {
    const lf = t.replace(/\r\n?/g, '\n');
    return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
  };
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  for (const change of diffLines(norm(oldText), norm(newText))) {
    if (!change.value) continue;
    for (const text of change.value.replace(/\n$/, '').split('\n')) {
      if (change.added) lines.push({ kind: 'ADDED', text, oldNumber: null, newNumber: newNumber++ });
      else if (change.removed) lines.push({ kind: 'REMOVED', text, oldNumber: oldNumber++, newNumber: null });
      else lines.push({ kind: 'CONTEXT', text, oldNumber: oldNumber++, newNumber: newNumber++ });
    }
  }
  const unified = createTwoFilesPatch('a', 'b', norm(oldText), norm(newText), undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  return { lines, unified };
}

/** A small deterministic generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unrelated = (count: number, tag: string) => Array.from({ length: count }, (_, i) => `${tag} line ${i}: ${(i * 7919) % 104729}`).join('\n');

describe('textDiff within the bound', () => {
  it('is exactly what the unbounded diff was, lines and unified, for 3,000 random pairs of texts', () => {
    const next = random(20_240_601);
    const text = () => {
      const count = Math.floor(next() * 14);
      return Array.from({ length: count }, () => ['a', 'b', 'c', 'd', '', ' '][Math.floor(next() * 6)]).join(next() < 0.1 ? '\r\n' : '\n') + (next() < 0.5 ? '\n' : '');
    };
    for (let n = 0; n < 3000; n++) {
      const [a, b] = [text(), text()];
      const diff = textDiff(a, b);
      expect({ a, b, lines: diff.lines, unified: diff.unified }).toEqual({ a, b, ...reference(a, b) });
      expect(diff.approximate).toBe(false);
    }
  });

  it('matches the unbounded diff on a long page with scattered edits', () => {
    const from = unrelated(3000, 'page');
    const to = from
      .split('\n')
      .map((line, i) => (i % 97 === 0 ? `${line} (edited)` : line))
      .filter((_, i) => i % 211 !== 5)
      .join('\n');
    const diff = textDiff(from, to);
    expect(diff.approximate).toBe(false);
    expect({ lines: diff.lines, unified: diff.unified }).toEqual(reference(from, to));
  });
});

describe('textDiff beyond the bound', () => {
  it.each([4000, 8000])('%i unrelated lines: everything between the common first and last lines removed, then added', (count) => {
    const from = `# Title\n${unrelated(count, 'old')}\nThe end`;
    const to = `# Title\n${unrelated(count, 'new')}\nThe end`;
    const started = performance.now();
    const diff = textDiff(from, to, { fromLabel: 'v1', toLabel: 'v2' });
    console.log(`textDiff of ${count} unrelated lines (lines and unified): ${(performance.now() - started).toFixed(0)} ms`);
    expect(diff.approximate).toBe(true);
    expect(diff.lines).toHaveLength(2 * count + 2);
    expect(diff.lines[0]).toEqual({ kind: 'CONTEXT', text: '# Title', oldNumber: 1, newNumber: 1 });
    expect(diff.lines.slice(1, count + 1).every((l, i) => l.kind === 'REMOVED' && l.oldNumber === i + 2)).toBe(true);
    expect(diff.lines.slice(count + 1, 2 * count + 1).every((l, i) => l.kind === 'ADDED' && l.newNumber === i + 2)).toBe(true);
    expect(diff.lines.at(-1)).toEqual({ kind: 'CONTEXT', text: 'The end', oldNumber: count + 2, newNumber: count + 2 });
    expect(diff.unified.startsWith(`--- v1\n+++ v2\n@@ -1,${count + 2} +1,${count + 2} @@\n # Title\n-old line 0: 0\n`)).toBe(true);
    expect(diff.unified.endsWith('+new line ' + (count - 1) + ': ' + (((count - 1) * 7919) % 104729) + '\n The end\n')).toBe(true);
    expect(lineDiff(from, to)).toEqual(diff.lines);
  });

  it('stays bounded on long repetitive texts, where many line pairings match', () => {
    const block = (mark: string) => `${'same\n'.repeat(120)}${mark}\n`;
    const from = block('x').repeat(2000);
    const to = block('y').repeat(2000);
    const started = performance.now();
    const diff = textDiff(from, to);
    console.log(`textDiff of 242,000 repetitive lines, 2,000 blocks changed: ${(performance.now() - started).toFixed(0)} ms`);
    expect(diff.approximate).toBe(true);
    expect(diffEditBound(2 * 242_000)).toBeLessThan(MAX_DIFF_EDITS);
    expect(diff.lines.filter((l) => l.kind === 'REMOVED')).toHaveLength(242_000 - 120);
  });

  it('spends fewer edits on longer texts, never fewer than one', () => {
    expect([10, 20_000, 40_000, 1_000_000, 1e12].map(diffEditBound)).toEqual([MAX_DIFF_EDITS, MAX_DIFF_EDITS, 500, 20, 1]);
  });
});
