import { diffArrays, FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff';
import { normaliseBody } from './page-rules';

export type DiffLineKind = 'CONTEXT' | 'ADDED' | 'REMOVED';

/** One line of a full line-by-line comparison (for side-by-side views), as the API's `PageDiff.lines` has it. */
export interface DiffLine {
  readonly kind: DiffLineKind;
  readonly text: string;
  /** 1-based line number in the old text; null for an added line. */
  readonly oldNumber: number | null;
  /** 1-based line number in the new text; null for a removed line. */
  readonly newNumber: number | null;
}

/**
 * The line matching (Myers) costs about (lines after the common start) × (edits) steps.
 * It is exact up to MAX_DIFF_EDITS added plus removed lines, fewer for very long texts
 * (so that it never takes more than DIFF_WORK_BUDGET steps); beyond that the part
 * between the texts' common first and last lines is shown as removed, then added.
 */
export const MAX_DIFF_EDITS = 1000;
export const DIFF_WORK_BUDGET = 20_000_000;

export interface TextDiff {
  readonly lines: DiffLine[];
  /** A unified diff (`--- from`, `+++ to`, `@@` hunks); just the two header lines when the texts are equal. */
  readonly unified: string;
  /**
   * True when the texts differ too much to be matched line by line within the bound:
   * `lines` then has their common first and last lines as context and everything
   * between as removed, then added.
   */
  readonly approximate: boolean;
}

export interface UnifiedDiffOptions {
  fromLabel?: string;
  toLabel?: string;
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

/** LF line endings and a final newline, so "no newline at end of file" never shows up as a change. */
function normalise(text: string): string {
  const lf = normaliseBody(text);
  return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
}

function splitLines(text: string): string[] {
  const normalised = normalise(text);
  return normalised === '' ? [] : normalised.slice(0, -1).split('\n');
}

/** The edits the line matching may spend on texts whose differing part (after the common start) has `length` lines. */
export function diffEditBound(length: number): number {
  return Math.max(1, Math.min(MAX_DIFF_EDITS, Math.floor(DIFF_WORK_BUDGET / Math.max(1, length))));
}

interface LineChanges {
  lines: DiffLine[];
  approximate: boolean;
}

function lineChanges(oldText: string, newText: string): LineChanges {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  // Lines become numbers (equal lines, equal numbers): each comparison is O(1), whatever the line length.
  const ids = new Map<string, number>();
  const idOf = (line: string): number => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const lines: DiffLine[] = [];
  const context = (from: number, to: number, shift: number) => {
    for (let i = from; i < to; i++) lines.push({ kind: 'CONTEXT', text: a[i], oldNumber: i + 1, newNumber: i + 1 + shift });
  };
  context(0, start, 0);
  const oldRest = a.slice(start).map(idOf);
  const newRest = b.slice(start).map(idOf);
  // The same matching `diffLines` does (its first step takes the common start too), bounded.
  const changes = diffArrays(oldRest, newRest, { maxEditLength: diffEditBound(oldRest.length + newRest.length) });
  if (changes) {
    let i = start;
    let j = start;
    for (const change of changes) {
      for (let n = 0; n < change.count; n++) {
        if (change.added) lines.push({ kind: 'ADDED', text: b[j], oldNumber: null, newNumber: ++j });
        else if (change.removed) lines.push({ kind: 'REMOVED', text: a[i], oldNumber: ++i, newNumber: null });
        else lines.push({ kind: 'CONTEXT', text: b[j], oldNumber: ++i, newNumber: ++j });
      }
    }
    return { lines, approximate: false };
  }
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  for (let i = start; i < a.length - end; i++) lines.push({ kind: 'REMOVED', text: a[i], oldNumber: i + 1, newNumber: null });
  for (let j = start; j < b.length - end; j++) lines.push({ kind: 'ADDED', text: b[j], oldNumber: null, newNumber: j + 1 });
  context(a.length - end, a.length, b.length - a.length);
  return { lines, approximate: true };
}

/**
 * Hunks as `structuredPatch` of the `diff` package makes them: `context` lines around each run
 * of changes, runs at most 2 × `context` unchanged lines apart in one hunk.
 */
function hunksOf(lines: readonly DiffLine[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let oldBefore = 0;
  let newBefore = 0;
  let counted = 0;
  const countTo = (index: number) => {
    for (; counted < index; counted++) {
      if (lines[counted].oldNumber !== null) oldBefore++;
      if (lines[counted].newNumber !== null) newBefore++;
    }
  };
  let i = 0;
  while (i < lines.length) {
    if (lines[i].kind === 'CONTEXT') {
      i++;
      continue;
    }
    let lastChange = i;
    for (;;) {
      while (lastChange < lines.length && lines[lastChange].kind !== 'CONTEXT') lastChange++;
      let next = lastChange;
      while (next < lines.length && lines[next].kind === 'CONTEXT') next++;
      if (next === lines.length || next - lastChange > 2 * context) break;
      lastChange = next;
    }
    const from = Math.max(0, i - context);
    const to = Math.min(lines.length, lastChange + context);
    countTo(from);
    const hunk: StructuredPatchHunk = { oldStart: oldBefore + 1, oldLines: 0, newStart: newBefore + 1, newLines: 0, lines: [] };
    for (let k = from; k < to; k++) {
      const line = lines[k];
      if (line.oldNumber !== null) hunk.oldLines++;
      if (line.newNumber !== null) hunk.newLines++;
      hunk.lines.push(`${line.kind === 'ADDED' ? '+' : line.kind === 'REMOVED' ? '-' : ' '}${line.text}`);
    }
    hunks.push(hunk);
    i = to;
  }
  return hunks;
}

/**
 * Both views of the difference between two texts, from one bounded line matching: every line
 * marked (the API's `PageDiff.lines`) and the unified diff. Line endings and a missing final
 * newline are no change.
 */
export function textDiff(oldText: string, newText: string, options: UnifiedDiffOptions = {}): TextDiff {
  const { lines, approximate } = lineChanges(oldText, newText);
  const unified = formatPatch(
    { oldFileName: options.fromLabel ?? 'a', newFileName: options.toLabel ?? 'b', oldHeader: undefined, newHeader: undefined, hunks: hunksOf(lines, options.context ?? 3) },
    FILE_HEADERS_ONLY,
  );
  return { lines, unified, approximate };
}

/** A unified diff (`--- from`, `+++ to`, `@@` hunks); just the two header lines when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions = {}): string {
  return textDiff(oldText, newText, options).unified;
}

/**
 * Every line of both texts, marked as unchanged, added or removed, with its line numbers:
 * the API's `PageDiff.lines` between stored versions, and the web's comparison of texts
 * the API has not stored (the user's unsaved edit with the version saved meanwhile).
 */
export function lineDiff(oldText: string, newText: string): DiffLine[] {
  return lineChanges(oldText, newText).lines;
}

/** True when the texts differ in more than line endings and a final newline. */
export function textsDiffer(a: string, b: string): boolean {
  return normalise(a) !== normalise(b);
}
