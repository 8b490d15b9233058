import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { type Observable, map } from 'rxjs';
import { PAGE_SUMMARY_MAX_LENGTH, PAGE_TITLE_MAX_LENGTH } from '@pnyx/shared/markdown';
import { LocalDatePipe, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { EditLoader } from '../data-access/edit-loader';
import { EditSaver } from '../data-access/edit-saver';
import { EditSession } from '../data-access/edit-session';
import { EditTemplates } from '../data-access/edit-templates';
import { livePreview } from '../data-access/live-preview';
import { PageNotFound } from '../ui/page-not-found';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { ConfirmDialog, ConfirmDialogData } from '../ui/confirm-dialog';
import { ConflictPanel } from '../ui/conflict-panel';
import { LabelList } from '../ui/label-list';
import { MarkdownInput } from '../ui/markdown-input';
import { MarkdownToolbar } from '../ui/markdown-toolbar';
import { NewerVersionNotice } from '../ui/newer-version-notice';
import { TemplatePicker } from '../ui/template-picker';
import { WikiContent } from '../ui/wiki-content';

const COMPACT_QUERY = '(max-width: 959.98px)';

/**
 * `/s/:spaceKey/new` (query: `title`, `parent`) and `/s/:spaceKey/:slug/edit`: Markdown with
 * a live preview rendered by the server. Edits are kept as a local draft until saved;
 * a save on a stale version opens the conflict screen instead of losing anyone's work.
 * The edit itself lives in EditSession; this component wires it to the screen.
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
    MarkdownInput,
    MarkdownToolbar,
    NewerVersionNotice,
    TemplatePicker,
    WikiContent,
  ],
  providers: [EditSession, EditLoader, EditSaver, EditTemplates],
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

  protected readonly session = inject(EditSession);
  private readonly loader = inject(EditLoader);
  private readonly saver = inject(EditSaver);
  protected readonly templates = inject(EditTemplates);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly dialog = inject(MatDialog);
  private readonly documentTitle = inject(Title);
  private readonly bodyInput = viewChild(MarkdownInput);
  private readonly conflictPanel = viewChild(ConflictPanel);

  protected readonly compact = toSignal(inject(BreakpointObserver).observe(COMPACT_QUERY).pipe(map((s) => s.matches)), { initialValue: false });
  protected readonly titleMax = PAGE_TITLE_MAX_LENGTH;
  protected readonly summaryMax = PAGE_SUMMARY_MAX_LENGTH;
  protected readonly form = this.session.form;
  protected readonly status = this.loader.status;
  protected readonly pane = signal<'write' | 'preview'>('write');

  protected readonly isNew = computed(() => !this.slug());
  protected readonly heading = computed(() =>
    !this.isNew() ? 'wiki.editor.editTitle' : this.session.isTemplate() ? 'wiki.editor.newTemplate' : 'wiki.editor.newTitle',
  );
  protected readonly preview = livePreview(this.session.body, computed(() => this.session.space()?.id ?? null));

  protected readonly crumbs = computed((): Crumb[] => {
    const space = this.session.space();
    if (!space) return [];
    const page = this.session.page();
    if (page) {
      return [
        { label: space.name, link: ['/s', space.key] },
        ...page.path.map((p) => ({ label: p.title, link: ['/s', space.key, p.slug] })),
        { label: page.title, link: ['/s', space.key, page.slug] },
        { label: this.i18n.translate('wiki.editor.editCrumb') },
      ];
    }
    const parent = this.loader.parent();
    return [
      { label: space.name, link: ['/s', space.key] },
      ...(parent ? [{ label: parent.title, link: ['/s', space.key, parent.slug] }] : []),
      { label: this.i18n.translate('wiki.editor.newCrumb') },
    ];
  });

  ngOnInit(): void {
    if (this.isNew()) {
      this.loader.loadNew(this.spaceKey(), { title: this.title() ?? '', parentId: this.parent() ?? null, asTemplate: this.kind() === 'template' });
      this.templates.load(this.spaceKey(), this.template() ?? null);
    } else {
      this.loader.loadPage(this.spaceKey(), this.slug() ?? '');
    }
    this.documentTitle.setTitle(
      `${this.i18n.translate(this.isNew() ? 'wiki.editor.newTitle' : 'wiki.editor.editTitle')} · ${this.i18n.translate('app.name')}`,
    );
  }

  protected restoreDraft(): void {
    if (this.session.restoreDraft()) this.focusBody();
  }

  protected chooseTemplate(id: string | null): void {
    if (!this.templates.replacesText()) {
      this.templates.choose(id);
      return;
    }
    this.confirm({
      title: this.i18n.translate('wiki.editor.template.replaceTitle'),
      message: this.i18n.translate('wiki.editor.template.replaceMessage'),
      confirm: this.i18n.translate('wiki.editor.template.replace'),
    }).subscribe((confirmed) => {
      if (confirmed) this.templates.choose(id);
    });
  }

  protected saveShortcut(event: Event): void {
    event.preventDefault();
    this.save();
  }

  protected save(): void {
    if (this.status() !== 'ready') return;
    this.saver.save({ parentId: this.parent() ?? null, templateId: this.templates.chosen() }).subscribe((outcome) => {
      if (outcome !== 'conflict') return;
      this.pane.set('write');
      setTimeout(() => this.conflictPanel()?.focus());
    });
  }

  protected keepMine(): void {
    if (this.session.keepMine()) this.focusBody();
  }

  protected takeSaved(): void {
    if (this.session.takeSaved()) this.focusBody();
  }

  protected cancel(): void {
    const leave = (): void => {
      this.session.forgetDraft();
      const space = this.session.space();
      const page = this.session.page();
      void this.router.navigate(page && space ? ['/s', space.key, page.slug] : ['/s', this.spaceKey()]);
    };
    if (!this.session.dirty()) {
      leave();
      return;
    }
    this.confirm({
      title: this.i18n.translate('wiki.editor.discardTitle'),
      message: this.i18n.translate('wiki.editor.discardMessage'),
      confirm: this.i18n.translate('wiki.editor.discard'),
      destructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) leave();
    });
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed();
  }

  private focusBody(): void {
    setTimeout(() => this.bodyInput()?.focus());
  }
}
