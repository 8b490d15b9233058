import { textsDiffer } from '@pnyx/shared/markdown';
import type { PageDraft } from './drafts';

/** The content an edit started from: "unsaved changes" are differences from it. */
export interface Baseline {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
}

/** What the editor holds now. */
export interface EditContent extends Baseline {
  readonly summary: string;
}

/** Translation key and parameters of a notice above the form (draft restored, rebased, …). */
export interface EditNotice {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/** Someone else saved the page while this edit is open (learnt live, not from a failed save). */
export interface NewerVersion {
  readonly version: number;
  readonly authorName: string;
  /** ISO date-time of the save. */
  readonly savedAt: string;
}

/** The same labels, in any order. */
export function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((label, i) => label === sorted[i]);
}

/**
 * Unsaved changes: another title, text (line endings and a final newline aside),
 * other labels, or any edit summary.
 */
export function hasChanges(content: EditContent, base: Baseline): boolean {
  return (
    content.title !== base.title ||
    textsDiffer(content.body, base.body) ||
    content.summary.trim() !== '' ||
    !sameLabels(content.labels, base.labels)
  );
}

/** A draft that started from an older version than the page is at now. */
export function draftIsOutdated(draftBase: number | null, current: number | null): boolean {
  return draftBase !== null && current !== null && draftBase < current;
}

/**
 * Where a restored draft goes on from: an outdated draft keeps its own base, so that
 * saving it shows the conflict screen instead of overwriting what was saved since.
 */
export function restoredDraft(draft: PageDraft, current: number | null): { baseVersion: number | null; notice: EditNotice } {
  if (draftIsOutdated(draft.baseVersion, current)) {
    return { baseVersion: draft.baseVersion, notice: { key: 'wiki.editor.draftOutdated', params: { version: draft.baseVersion ?? 0, current: current ?? 0 } } };
  }
  return { baseVersion: current, notice: { key: 'wiki.editor.draftRestored' } };
}

/** The later of two reports of someone else's save (reports may arrive out of order). */
export function laterVersion(known: NewerVersion | null, reported: NewerVersion): NewerVersion {
  return known && known.version >= reported.version ? known : reported;
}

/** The other save, if the edit has not caught up with it (a new page has nothing to be behind). */
export function unseenVersion(latest: NewerVersion | null, baseVersion: number | null): NewerVersion | null {
  return latest && baseVersion !== null && latest.version > baseVersion ? latest : null;
}

/** Choosing a template loses nothing when the text is empty or still the previously chosen template's. */
export function bodyUntouched(body: string, chosenTemplateBody: string | undefined): boolean {
  return !body.trim() || (chosenTemplateBody !== undefined && !textsDiffer(body, chosenTemplateBody));
}
