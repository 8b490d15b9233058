import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, first, map, merge, of, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import type { WikiEditablePageFragment } from '@pnyx/shared/graphql-types';
import { PAGE_SUMMARY_MAX_LENGTH, PAGE_TITLE_MAX_LENGTH, normaliseTitle, textsDiffer } from '@pnyx/shared/markdown';
import { LocalDatePipe, Notifier, TranslatePipe, TranslationService, errorInfos, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { type PageDraft, draftScope } from '../data-access/drafts';
import { applyMarkdown, type MarkdownAction, shortcutAction } from '../data-access/markdown-editing';
import { type PageTemplate, WikiApi } from '../data-access/wiki.api';
import { WikiDrafts } from '../data-access/wiki-drafts';
import { PageNotFound } from '../ui/page-not-found';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { ConfirmDialog, ConfirmDialogData } from '../ui/confirm-dialog';
import { ConflictPanel, SavedVersion } from '../ui/conflict-panel';
import { LabelList } from '../ui/label-list';
import { MarkdownToolbar } from '../ui/markdown-toolbar';
import { TemplatePicker } from '../ui/template-picker';
import { WikiContent } from '../ui/wiki-content';

const COMPACT_QUERY = '(max-width: 959.98px)';

/** Required after trimming, as the server sees it. */
const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

interface SpaceRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** The content an edit started from: "unsaved changes" are differences from it. */
interface Baseline {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((label, i) => label === [...b].sort()[i]);
}

/**
 * `/s/:spaceKey/new` (query: `title`, `parent`) and `/s/:spaceKey/:slug/edit`: Markdown with
 * a live preview rendered by the server. Edits are kept as a local draft until saved;
 * a save on a stale version opens the conflict screen instead of losing anyone's work.
 */
@Component({
  selector: 'pnyx-page-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LocalDatePipe,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    Breadcrumbs,
    PageNotFound,
    ConflictPanel,
    LabelList,
    MarkdownToolbar,
    TemplatePicker,
    WikiContent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.control.s)': 'saveShortcut($event)', '(keydown.meta.s)': 'saveShortcut($event)' },
  templateUrl: './page-editor.page.html',
  styleUrl: './page-editor.page.scss',
})
export class PageEditorPage implements OnInit {
  readonly spaceKey = input.required<string>();
  /** Absent for a new page. */
  readonly slug = input<string>();
  /** Query parameters of a new page: its title (from a "create this page" link) and parent page id. */
  readonly title = input<string>();
  readonly parent = input<string>();
  /** `template` to start a new template (the space's templates area) rather than a page. */
  readonly kind = input<string>();
  /** Id of a template to start the new page from. */
  readonly template = input<string>();

  private readonly api = inject(WikiApi);
  private readonly drafts = inject(WikiDrafts);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly dialog = inject(MatDialog);
  private readonly documentTitle = inject(Title);
  private readonly destroyRef = inject(DestroyRef);
  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('bodyInput');
  private readonly conflictPanel = viewChild(ConflictPanel);

  protected readonly compact = toSignal(inject(BreakpointObserver).observe(COMPACT_QUERY).pipe(map((s) => s.matches)), { initialValue: false });
  protected readonly titleMax = PAGE_TITLE_MAX_LENGTH;
  protected readonly summaryMax = PAGE_SUMMARY_MAX_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [notBlank, Validators.maxLength(PAGE_TITLE_MAX_LENGTH)]],
    body: [''],
    summary: ['', Validators.maxLength(PAGE_SUMMARY_MAX_LENGTH)],
    isTemplate: [false],
  });
  protected readonly labels = signal<readonly string[]>([]);

  protected readonly status = signal<'loading' | 'ready' | 'notFound' | 'forbidden' | 'error'>('loading');
  protected readonly space = signal<SpaceRef | null>(null);
  /** The page being edited; null while creating one. */
  protected readonly page = signal<WikiEditablePageFragment | null>(null);
  protected readonly parentPage = signal<{ readonly id: string; readonly title: string; readonly slug: string } | null>(null);
  protected readonly baseVersion = signal<number | null>(null);
  private readonly baseline = signal<Baseline>({ title: '', body: '', labels: [] });
  protected readonly templates = signal<readonly PageTemplate[]>([]);
  protected readonly templateId = signal<string | null>(null);

  protected readonly draftOffer = signal<PageDraft | null>(null);
  /** Translation key and parameters of a notice above the form (draft restored, rebased, …). */
  protected readonly notice = signal<{ key: string; params?: Record<string, string | number> } | null>(null);
  protected readonly conflict = signal<SavedVersion | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly pane = signal<'write' | 'preview'>('write');

  protected readonly isNew = computed(() => !this.slug());
  private readonly scope = computed(() => {
    const page = this.page();
    if (page) return draftScope({ pageId: page.id });
    return draftScope({ spaceKey: this.spaceKey(), parentId: this.parent() ?? null });
  });

  protected readonly titleValue = toSignal(this.form.controls.title.valueChanges, { initialValue: '' });
  protected readonly bodyValue = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  protected readonly isTemplate = toSignal(this.form.controls.isTemplate.valueChanges, { initialValue: false });
  protected readonly heading = computed(() =>
    !this.isNew() ? 'wiki.editor.editTitle' : this.isTemplate() ? 'wiki.editor.newTemplate' : 'wiki.editor.newTitle',
  );

  protected readonly preview = toSignal(
    merge(toObservable(this.bodyValue), toObservable(this.space)).pipe(
      debounceTime(350),
      map(() => ({ body: this.form.controls.body.value, space: this.space() })),
      filter(({ space }) => space !== null),
      distinctUntilChanged((a, b) => a.body === b.body && a.space?.id === b.space?.id),
      switchMap(({ body, space }): Observable<string | null> =>
        body.trim() ? this.api.preview(space?.id ?? '', body).pipe(catchError(() => of(null))) : of(''),
      ),
      filter((html): html is string => html !== null),
    ),
    { initialValue: '' },
  );

  protected readonly crumbs = computed((): Crumb[] => {
    const space = this.space();
    if (!space) return [];
    const page = this.page();
    if (page) {
      return [
        { label: space.name, link: ['/s', space.key] },
        ...page.path.map((p) => ({ label: p.title, link: ['/s', space.key, p.slug] })),
        { label: page.title, link: ['/s', space.key, page.slug] },
        { label: this.i18n.translate('wiki.editor.editCrumb') },
      ];
    }
    const parent = this.parentPage();
    return [
      { label: space.name, link: ['/s', space.key] },
      ...(parent ? [{ label: parent.title, link: ['/s', space.key, parent.slug] }] : []),
      { label: this.i18n.translate('wiki.editor.newCrumb') },
    ];
  });

  constructor() {
    // Every change is kept locally (a reload or a crash loses nothing) until it is saved.
    merge(this.form.valueChanges, toObservable(this.labels))
      .pipe(debounceTime(400), takeUntilDestroyed())
      .subscribe(() => this.keepDraft());
  }

  ngOnInit(): void {
    if (this.isNew()) this.loadForCreate();
    else this.loadForEdit();
    this.documentTitle.setTitle(
      `${this.i18n.translate(this.isNew() ? 'wiki.editor.newTitle' : 'wiki.editor.editTitle')} · ${this.i18n.translate('app.name')}`,
    );
  }

  // ----------------------------------------------------------------- loading

  private loadForEdit(): void {
    this.api
      .pageForEdit(this.spaceKey(), this.slug() ?? '')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (!page.canEdit) {
            this.status.set('forbidden');
            return;
          }
          this.page.set(page);
          this.space.set(page.space);
          this.start({ title: page.title, body: page.body, labels: page.labels }, page.version);
          this.offerDraft();
          this.status.set('ready');
        },
        error: (error: unknown) => this.status.set(hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.FORBIDDEN) ? 'notFound' : 'error'),
      });
  }

  private loadForCreate(): void {
    const parentId = this.parent() ?? null;
    this.api
      .space(this.spaceKey())
      .pipe(
        filter((state) => state.status !== 'loading'),
        first(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        if (state.status === 'error' || !state.data.space) {
          this.status.set(state.status === 'error' && !hasErrorCode(state.error, ErrorCode.NOT_FOUND) ? 'error' : 'notFound');
          return;
        }
        const space = state.data.space;
        if (!space.myRole) {
          this.status.set('forbidden');
          return;
        }
        this.space.set(space);
        this.start({ title: normaliseTitle(this.title() ?? ''), body: '', labels: [] }, null);
        if (this.kind() === 'template' && !parentId) this.form.controls.isTemplate.setValue(true);
        this.offerDraft();
        this.status.set('ready');
      });
    this.api
      .templates(this.spaceKey())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (templates) => {
          this.templates.set(templates);
          const chosen = this.template();
          if (chosen && templates.some((t) => t.id === chosen) && !this.form.controls.body.value.trim()) this.chooseTemplate(chosen);
        },
        error: () => undefined,
      });
    if (parentId) {
      this.api
        .pageTitle(parentId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (parent) => this.parentPage.set(parent), error: () => undefined });
    }
  }

  private start(content: Baseline, version: number | null): void {
    this.baseline.set(content);
    this.baseVersion.set(version);
    this.labels.set(content.labels);
    this.form.reset({ title: content.title, body: content.body, summary: '', isTemplate: false });
  }

  // ------------------------------------------------------------------ drafts

  private isDirty(): boolean {
    const base = this.baseline();
    const { title, body, summary } = this.form.getRawValue();
    return title !== base.title || textsDiffer(body, base.body) || summary.trim() !== '' || !sameLabels(this.labels(), base.labels);
  }

  private keepDraft(): void {
    if (this.status() !== 'ready' || this.draftOffer() || this.saving()) return;
    const scope = this.scope();
    if (!this.isDirty()) return;
    const { title, body, summary } = this.form.getRawValue();
    this.drafts.save(scope, { title, body, summary, labels: this.labels(), baseVersion: this.baseVersion(), savedAt: new Date().toISOString() });
  }

  private offerDraft(): void {
    const draft = this.drafts.latest(this.scope());
    if (!draft) return;
    const base = this.baseline();
    const differs = draft.title !== base.title || textsDiffer(draft.body, base.body) || draft.summary.trim() !== '' || !sameLabels(draft.labels, base.labels);
    if (differs) this.draftOffer.set(draft);
    else this.drafts.clear(this.scope());
  }

  protected restoreDraft(): void {
    const draft = this.draftOffer();
    if (!draft) return;
    this.draftOffer.set(null);
    this.form.patchValue({ title: draft.title, body: draft.body, summary: draft.summary });
    this.labels.set(draft.labels);
    const current = this.baseVersion();
    if (draft.baseVersion !== null && current !== null && draft.baseVersion < current) {
      // The page moved on since: saving on the draft's base shows the conflict screen.
      this.baseVersion.set(draft.baseVersion);
      this.notice.set({ key: 'wiki.editor.draftOutdated', params: { version: draft.baseVersion, current } });
    } else {
      this.notice.set({ key: 'wiki.editor.draftRestored' });
    }
    this.focusBody();
  }

  protected discardDraft(): void {
    this.draftOffer.set(null);
    this.drafts.clear(this.scope());
    this.notice.set({ key: 'wiki.editor.draftDiscarded' });
  }

  // ---------------------------------------------------------------- writing

  protected format(action: MarkdownAction): void {
    const area = this.textarea()?.nativeElement;
    if (!area) return;
    const result = applyMarkdown(
      action,
      { value: area.value, selectionStart: area.selectionStart, selectionEnd: area.selectionEnd },
      {
        text: this.i18n.translate('wiki.editor.placeholder.text'),
        pageTitle: this.i18n.translate('wiki.editor.placeholder.pageTitle'),
        url: 'https://',
      },
    );
    this.form.controls.body.setValue(result.value);
    this.form.controls.body.markAsDirty();
    area.focus();
    area.setSelectionRange(result.selectionStart, result.selectionEnd);
  }

  protected bodyKeydown(event: KeyboardEvent): void {
    const action = shortcutAction(event);
    if (!action) return;
    event.preventDefault();
    this.format(action);
  }

  protected chooseTemplate(id: string | null): void {
    const template = this.templates().find((t) => t.id === id) ?? null;
    const previous = this.templates().find((t) => t.id === this.templateId());
    const body = this.form.controls.body.value;
    const untouched = !body.trim() || (previous !== undefined && !textsDiffer(body, previous.body));
    const apply = (): void => {
      this.templateId.set(template?.id ?? null);
      this.form.controls.body.setValue(template?.body ?? '');
      if (template) this.labels.update((labels) => [...new Set([...labels, ...template.labels])]);
    };
    if (untouched) {
      apply();
      return;
    }
    const data: ConfirmDialogData = {
      title: this.i18n.translate('wiki.editor.template.replaceTitle'),
      message: this.i18n.translate('wiki.editor.template.replaceMessage'),
      confirm: this.i18n.translate('wiki.editor.template.replace'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) apply();
      });
  }

  protected addLabel(label: string): void {
    this.labels.update((labels) => (labels.includes(label) ? labels : [...labels, label]));
  }

  protected removeLabel(label: string): void {
    this.labels.update((labels) => labels.filter((l) => l !== label));
  }

  // ----------------------------------------------------------------- saving

  protected saveShortcut(event: Event): void {
    event.preventDefault();
    this.save();
  }

  protected save(): void {
    if (this.saving() || this.status() !== 'ready') return;
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const space = this.space();
    if (!space) return;
    this.saving.set(true);
    const page = this.page();
    if (page) this.update(page, space);
    else this.create(space);
  }

  private create(space: SpaceRef): void {
    const { title, body, isTemplate } = this.form.getRawValue();
    const parentId = this.parent() ?? null;
    this.api
      .createPage({
        spaceId: space.id,
        parentId: isTemplate ? null : parentId,
        title: normaliseTitle(title),
        body,
        labels: [...this.labels()],
        templateId: this.templateId(),
        isTemplate: isTemplate || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => {
          this.saving.set(false);
          this.drafts.clear(this.scope());
          this.notifier.show(isTemplate ? 'wiki.editor.templateCreated' : 'wiki.editor.created', { title: created.title });
          void this.router.navigate(['/s', created.spaceKey, created.slug]);
        },
        error: (error: unknown) => this.saveFailed(error),
      });
  }

  private update(page: WikiEditablePageFragment, space: SpaceRef): void {
    const { title, body, summary } = this.form.getRawValue();
    const baseVersion = this.baseVersion() ?? page.version;
    const labelsChanged = !sameLabels(this.labels(), this.baseline().labels);
    this.api
      .updatePage({
        id: page.id,
        baseVersion,
        title: normaliseTitle(title),
        body,
        summary: summary.trim() || null,
        labels: labelsChanged ? [...this.labels()] : null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.drafts.clear(this.scope());
          this.notifier.show(saved.version === baseVersion ? 'wiki.editor.noChanges' : 'wiki.editor.saved', { version: saved.version });
          void this.router.navigate(['/s', space.key, saved.slug]);
        },
        error: (error: unknown) => {
          if (hasErrorCode(error, ErrorCode.CONFLICT)) this.showConflict(page.id);
          else this.saveFailed(error);
        },
      });
  }

  /** Someone saved meanwhile: fetch what is saved now and compare it with the user's text. */
  private showConflict(pageId: string): void {
    this.api
      .currentPage(pageId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (current) => {
          this.saving.set(false);
          this.notice.set(null);
          this.page.set(current);
          this.conflict.set({
            version: current.version,
            title: current.title,
            body: current.body,
            updatedAt: current.updatedAt,
            updatedBy: current.updatedBy,
          });
          this.pane.set('write');
          setTimeout(() => this.conflictPanel()?.focus());
        },
        error: (error: unknown) => this.saveFailed(error),
      });
  }

  /** Keep my text: it replaces the saved version when saved (now on its version). */
  protected keepMine(): void {
    const saved = this.conflict();
    if (!saved) return;
    this.conflict.set(null);
    this.drafts.clear(this.scope());
    this.baseline.set({ title: saved.title, body: saved.body, labels: this.page()?.labels ?? [] });
    this.baseVersion.set(saved.version);
    this.keepDraft();
    this.notice.set({ key: 'wiki.editor.rebased', params: { version: saved.version } });
    this.focusBody();
  }

  /** Take the saved version: my changes are dropped, the editor shows what is saved now. */
  protected takeSaved(): void {
    const saved = this.conflict();
    if (!saved) return;
    this.conflict.set(null);
    this.drafts.clear(this.scope());
    this.start({ title: saved.title, body: saved.body, labels: this.page()?.labels ?? [] }, saved.version);
    this.notice.set({ key: 'wiki.editor.tookSaved', params: { version: saved.version } });
    this.focusBody();
  }

  private saveFailed(error: unknown): void {
    this.saving.set(false);
    for (const info of errorInfos(error)) {
      if (info.code !== ErrorCode.BAD_USER_INPUT) continue;
      if (info.field === 'title') this.form.controls.title.setErrors({ server: true });
      else if (info.field === 'summary') this.form.controls.summary.setErrors({ maxlength: true });
      else this.formError.set(info.field === 'labels' ? 'wiki.labels.invalid' : 'wiki.editor.invalid');
      this.form.markAllAsTouched();
      return;
    }
    if (hasErrorCode(error, ErrorCode.CONFLICT)) this.formError.set('wiki.editor.conflictOther');
  }

  protected cancel(): void {
    const leave = (): void => {
      this.drafts.clear(this.scope());
      const space = this.space();
      const page = this.page();
      void this.router.navigate(page && space ? ['/s', space.key, page.slug] : ['/s', this.spaceKey()]);
    };
    if (!this.isDirty()) {
      leave();
      return;
    }
    const data: ConfirmDialogData = {
      title: this.i18n.translate('wiki.editor.discardTitle'),
      message: this.i18n.translate('wiki.editor.discardMessage'),
      confirm: this.i18n.translate('wiki.editor.discard'),
      destructive: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) leave();
      });
  }

  private focusBody(): void {
    setTimeout(() => this.textarea()?.nativeElement.focus());
  }
}
