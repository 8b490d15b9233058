import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Subject, debounceTime, merge } from 'rxjs';
import type { WikiEditablePageFragment } from '@pnyx/shared/graphql-types';
import type { SavedVersion } from '../ui/conflict-panel';
import type { PageDraft } from './drafts';
import { editForm } from './edit-form';
import { type Baseline, type EditContent, type EditNotice, type NewerVersion, draftIsOutdated, hasChanges, laterVersion, restoredDraft, sameLabels, unseenVersion } from './edit-state';
import { WikiDrafts } from './wiki-drafts';

export interface SpaceRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** What is edited: a page of a space, or (page null) a new one. */
export interface EditTarget {
  readonly space: SpaceRef;
  readonly page: WikiEditablePageFragment | null;
}

/**
 * One edit of a page, from opening the editor to saving it: the text (a form, for the
 * inputs and their validation) and labels, the version it started from, unsaved changes
 * kept as a local draft, the save in progress, the conflict with a save made meanwhile,
 * and news of newer versions. Provided by the editor, so it lives exactly as long as it.
 */
@Injectable()
export class EditSession {
  private readonly drafts = inject(WikiDrafts);

  readonly form = editForm();
  readonly title = toSignal(this.form.controls.title.valueChanges, { initialValue: '' });
  readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  private readonly summary = toSignal(this.form.controls.summary.valueChanges, { initialValue: '' });
  readonly isTemplate = toSignal(this.form.controls.isTemplate.valueChanges, { initialValue: false });
  private readonly labelList = signal<readonly string[]>([]);
  readonly labels = this.labelList.asReadonly();
  private readonly labelChanges = new Subject<void>();

  private readonly edited = signal<EditTarget | null>(null);
  readonly space = computed(() => this.edited()?.space ?? null);
  /** The page being edited (what is saved now, after a conflict); null while creating one. */
  readonly page = computed(() => this.edited()?.page ?? null);
  private scope: string | null = null;
  private readonly baseline = signal<Baseline>({ title: '', body: '', labels: [] });
  private readonly base = signal<number | null>(null);
  /** The version the edit started from (saving on it is what the server checks); null for a new page. */
  readonly baseVersion = this.base.asReadonly();
  private readonly content = computed((): EditContent => ({ title: this.title(), body: this.body(), summary: this.summary(), labels: this.labels() }));
  readonly dirty = computed(() => hasChanges(this.content(), this.baseline()));

  private readonly offered = signal<PageDraft | null>(null);
  /** A draft kept from an earlier visit, until the user restores or discards it. */
  readonly draftOffer = this.offered.asReadonly();
  readonly draftOutdated = computed(() => draftIsOutdated(this.offered()?.baseVersion ?? null, this.base()));
  private readonly noticeShown = signal<EditNotice | null>(null);
  readonly notice = this.noticeShown.asReadonly();
  private readonly savingNow = signal(false);
  readonly saving = this.savingNow.asReadonly();
  private readonly errorKey = signal<string | null>(null);
  /** Translation key of a save failure that no field shows. */
  readonly formError = this.errorKey.asReadonly();
  private readonly savedMeanwhile = signal<SavedVersion | null>(null);
  /** What someone else saved meanwhile, when saving on the stale base failed; null without a conflict. */
  readonly conflict = this.savedMeanwhile.asReadonly();
  private readonly latestElsewhere = signal<NewerVersion | null>(null);
  /** A version saved by someone else that this edit has not caught up with. */
  readonly newerVersion = computed(() => unseenVersion(this.latestElsewhere(), this.base()));

  constructor() {
    // Every change is kept locally (a reload or a crash loses nothing) until it is saved.
    merge(this.form.valueChanges, this.labelChanges)
      .pipe(debounceTime(400), takeUntilDestroyed())
      .subscribe(() => this.keepDraft());
  }

  /** Starts editing `target` from `content` at `version`, and offers the draft kept under `scope`, if any. */
  open(target: EditTarget, scope: string, content: Baseline, version: number | null): void {
    this.edited.set(target);
    this.scope = scope;
    this.start(content, version);
    this.offerDraft();
  }

  markAsTemplate(): void {
    this.form.controls.isTemplate.setValue(true);
  }

  setBody(body: string): void {
    this.form.controls.body.setValue(body);
  }

  addLabel(label: string): void {
    this.setLabels(this.labels().includes(label) ? this.labels() : [...this.labels(), label]);
  }

  addLabels(labels: readonly string[]): void {
    this.setLabels([...new Set([...this.labels(), ...labels])]);
  }

  removeLabel(label: string): void {
    this.setLabels(this.labels().filter((l) => l !== label));
  }

  labelsChanged(): boolean {
    return !sameLabels(this.labels(), this.baseline().labels);
  }

  // ------------------------------------------------------------------ drafts

  /** Brings the offered draft back into the editor; false when there was none. */
  restoreDraft(): boolean {
    const draft = this.offered();
    if (!draft) return false;
    this.offered.set(null);
    this.form.patchValue({ title: draft.title, body: draft.body, summary: draft.summary });
    this.setLabels(draft.labels);
    const restored = restoredDraft(draft, this.base());
    this.base.set(restored.baseVersion);
    this.noticeShown.set(restored.notice);
    return true;
  }

  discardDraft(): void {
    this.offered.set(null);
    this.forgetDraft();
    this.noticeShown.set({ key: 'wiki.editor.draftDiscarded' });
  }

  forgetDraft(): void {
    if (this.scope) this.drafts.clear(this.scope);
  }

  // ----------------------------------------------------------------- saving

  /** Starts a save when one may start (opened, valid, none running); shows what is missing otherwise. */
  beginSave(): boolean {
    if (this.savingNow() || !this.scope) return false;
    this.errorKey.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    if (!this.space()) return false;
    this.savingNow.set(true);
    return true;
  }

  /** Saved: nothing is unsaved any more. */
  saved(): void {
    this.savingNow.set(false);
    this.forgetDraft();
  }

  /** The server refused the field it names (BAD_USER_INPUT). */
  refused(field: string | undefined): void {
    this.savingNow.set(false);
    if (field === 'title') this.form.controls.title.setErrors({ server: true });
    else if (field === 'summary') this.form.controls.summary.setErrors({ maxlength: true });
    else this.errorKey.set(field === 'labels' ? 'wiki.labels.invalid' : 'wiki.editor.invalid');
    this.form.markAllAsTouched();
  }

  /** The save failed otherwise; `errorKey` says why, if the user can do something about it. */
  failed(errorKey: string | null): void {
    this.savingNow.set(false);
    if (errorKey) this.errorKey.set(errorKey);
  }

  // --------------------------------------------------------------- conflicts

  /** Saving on the stale base failed; `current` is what is saved now. The user chooses: keepMine or takeSaved. */
  conflictFound(current: WikiEditablePageFragment): void {
    this.savingNow.set(false);
    this.noticeShown.set(null);
    this.edited.update((target) => target && { ...target, page: current });
    const { version, title, body, updatedAt, updatedBy } = current;
    this.savedMeanwhile.set({ version, title, body, updatedAt, updatedBy });
  }

  /** Keep my text: it replaces the saved version when saved (the edit now starts from that version). */
  keepMine(): boolean {
    const saved = this.resolveConflict();
    if (!saved) return false;
    this.baseline.set({ title: saved.title, body: saved.body, labels: this.page()?.labels ?? [] });
    this.base.set(saved.version);
    this.keepDraft();
    this.noticeShown.set({ key: 'wiki.editor.rebased', params: { version: saved.version } });
    return true;
  }

  /** Take the saved version: my changes are dropped, the editor shows what is saved now. */
  takeSaved(): boolean {
    const saved = this.resolveConflict();
    if (!saved) return false;
    this.start({ title: saved.title, body: saved.body, labels: this.page()?.labels ?? [] }, saved.version);
    this.noticeShown.set({ key: 'wiki.editor.tookSaved', params: { version: saved.version } });
    return true;
  }

  /** Someone else saved the page (a live event): shown while it is newer than this edit's base. */
  remoteSaved(info: NewerVersion): void {
    this.latestElsewhere.update((known) => laterVersion(known, info));
  }

  // ---------------------------------------------------------------- private

  private start(content: Baseline, version: number | null): void {
    this.baseline.set(content);
    this.base.set(version);
    this.setLabels(content.labels);
    this.form.reset({ title: content.title, body: content.body, summary: '', isTemplate: false });
  }

  private offerDraft(): void {
    const draft = this.scope ? this.drafts.latest(this.scope) : null;
    if (!draft) return;
    if (hasChanges(draft, this.baseline())) this.offered.set(draft);
    else this.forgetDraft();
  }

  private setLabels(labels: readonly string[]): void {
    if (labels === this.labelList()) return;
    this.labelList.set(labels);
    this.labelChanges.next();
  }

  private resolveConflict(): SavedVersion | null {
    const saved = this.savedMeanwhile();
    if (!saved) return null;
    this.savedMeanwhile.set(null);
    this.forgetDraft();
    return saved;
  }

  private keepDraft(): void {
    const scope = this.scope;
    if (!scope || this.offered() || this.savingNow() || !this.dirty()) return;
    const { title, body, summary } = this.form.getRawValue();
    this.drafts.save(scope, { title, body, summary, labels: this.labels(), baseVersion: this.base(), savedAt: new Date().toISOString() });
  }
}
