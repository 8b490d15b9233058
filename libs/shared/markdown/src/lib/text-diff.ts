import { createTwoFilesPatch, diffLines, FILE_HEADERS_ONLY } from 'diff';
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

/** LF line endings and a final newline, so "no newline at end of file" never shows up as a change. */
function normalise(text: string): string {
  const lf = normaliseBody(text);
  return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
}

export interface UnifiedDiffOptions {
  fromLabel?: string;
  toLabel?: string;
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

/** A unified diff (`--- from`, `+++ to`, `@@` hunks); just the two header lines when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions = {}): string {
  return createTwoFilesPatch(options.fromLabel ?? 'a', options.toLabel ?? 'b', normalise(oldText), normalise(newText), undefined, undefined, {
    context: options.context ?? 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/**
 * Every line of both texts, marked as unchanged, added or removed, with its line numbers:
 * the API's `PageDiff.lines` between stored versions, and the web's comparison of texts
 * the API has not stored (the user's unsaved edit with the version saved meanwhile).
 */
export function lineDiff(oldText: string, newText: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  for (const change of diffLines(normalise(oldText), normalise(newText))) {
    if (!change.value) continue;
    for (const text of change.value.replace(/\n$/, '').split('\n')) {
      if (change.added) lines.push({ kind: 'ADDED', text, oldNumber: null, newNumber: newNumber++ });
      else if (change.removed) lines.push({ kind: 'REMOVED', text, oldNumber: oldNumber++, newNumber: null });
      else lines.push({ kind: 'CONTEXT', text, oldNumber: oldNumber++, newNumber: newNumber++ });
    }
  }
  return lines;
}

/** True when the texts differ in more than line endings and a final newline. */
export function textsDiffer(a: string, b: string): boolean {
  return normalise(a) !== normalise(b);
}
