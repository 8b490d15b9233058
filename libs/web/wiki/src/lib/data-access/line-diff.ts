import { diffLines } from 'diff';

export type DiffLineKind = 'CONTEXT' | 'ADDED' | 'REMOVED';

/** One line of a full comparison, as the API's `PageDiff.lines` has it. */
export interface DiffLine {
  readonly kind: DiffLineKind;
  readonly text: string;
  readonly oldNumber: number | null;
  readonly newNumber: number | null;
}

/** One side of a side-by-side row; null where the other side has a line this one lacks. */
export interface DiffCell {
  readonly number: number;
  readonly text: string;
  readonly changed: boolean;
}

export interface SideBySideRow {
  readonly left: DiffCell | null;
  readonly right: DiffCell | null;
}

export type UnifiedLineKind = 'file' | 'hunk' | 'added' | 'removed' | 'context';

export interface UnifiedLine {
  readonly kind: UnifiedLineKind;
  readonly text: string;
}

function normalise(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
}

/**
 * Every line of both texts, marked unchanged, added or removed (the same shape as the
 * API's `PageDiff.lines`), for comparing texts the API has not stored, e.g. the user's
 * unsaved edit with the version saved meanwhile.
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

/**
 * Rows for two columns: unchanged lines side by side, and each run of removed lines
 * next to the added lines that replaced it.
 */
export function sideBySide(lines: readonly DiffLine[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let removed: DiffCell[] = [];
  let added: DiffCell[] = [];
  const flush = (): void => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      rows.push({ left: removed[i] ?? null, right: added[i] ?? null });
    }
    removed = [];
    added = [];
  };
  for (const line of lines) {
    if (line.kind === 'REMOVED') {
      if (added.length) flush();
      removed.push({ number: line.oldNumber ?? 0, text: line.text, changed: true });
    } else if (line.kind === 'ADDED') {
      added.push({ number: line.newNumber ?? 0, text: line.text, changed: true });
    } else {
      flush();
      rows.push({
        left: { number: line.oldNumber ?? 0, text: line.text, changed: false },
        right: { number: line.newNumber ?? 0, text: line.text, changed: false },
      });
    }
  }
  flush();
  return rows;
}

/** The lines of a unified diff (`---`/`+++` headers, `@@` hunks, `+`/`-`/` ` lines), classified for colouring. */
export function parseUnified(unified: string): UnifiedLine[] {
  const text = unified.replace(/\n$/, '');
  if (!text) return [];
  return text.split('\n').flatMap((line): UnifiedLine[] => {
    if (line.startsWith('===')) return [];
    if (line.startsWith('+++') || line.startsWith('---')) return [{ kind: 'file', text: line }];
    if (line.startsWith('@@')) return [{ kind: 'hunk', text: line }];
    if (line.startsWith('+')) return [{ kind: 'added', text: line }];
    if (line.startsWith('-')) return [{ kind: 'removed', text: line }];
    if (line.startsWith('\\')) return [];
    return [{ kind: 'context', text: line }];
  });
}

/** True when the texts differ in more than line endings and a final newline. */
export function textsDiffer(a: string, b: string): boolean {
  return normalise(a) !== normalise(b);
}
