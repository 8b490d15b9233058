import type { DiffLine } from '@pnyx/shared/markdown';

// Layouts of a line diff for the diff views; the diff itself is `lineDiff` in @pnyx/shared/markdown.

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
