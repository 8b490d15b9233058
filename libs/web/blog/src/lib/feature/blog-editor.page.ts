import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { type Observable, catchError, concatMap, of, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { BLOG_TITLE_MAX_LENGTH, type BlogFormField, blogFormProblem, refusalField } from '../data-access/blog-form';
import { type BlogPost, type BlogSpaceOption, BlogApi, writeRefusal } from '../data-access/blog.api';
import { BlogHtml } from '../ui/blog-html';
import { BlogTagInput } from '../ui/tag-input';

type FieldErrors = Partial<Record<BlogFormField, string>>;

/**
 * `/blog/new`, `/s/:spaceKey/blog/new` and `/blog/:id/edit`: title, Markdown body (with the
 * server's rendering of the saved text as preview), tags; a new post also picks where it
 * goes. "Save draft" keeps it to its author, "Publish" shows it to its readers. An edit
 * names the version it started from; a stale one is refused (CONFLICT) and said so.
 */
@Component({
  selector: 'pnyx-blog-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTabsModule,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    BlogHtml,
    BlogTagInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button [routerLink]="backLink()" class="back">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />
      {{ (id() ? 'blog.editor.backToPost' : 'blog.editor.backToBlog') | t }}
    </a>
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'blog.post.notFound.title' | t" [message]="'blog.post.notFound.message' | t" />
    } @else if (ready()) {
      <pnyx-page-header [heading]="(id() ? 'blog.editor.editTitle' : 'blog.editor.newTitle') | t" />
      @if (saved()?.canEdit === false) {
        <p role="alert" class="banner">{{ 'blog.editor.notYours' | t }}</p>
      }
      <mat-card appearance="outlined">
        <mat-card-content>
          <form class="form" [formGroup]="form" (ngSubmit)="save(false)" novalidate>
            <mat-form-field class="field" subscriptSizing="dynamic">
              <mat-label>{{ 'blog.editor.title' | t }}</mat-label>
              <input matInput formControlName="title" data-testid="editor-title" [attr.aria-invalid]="errors().title ? true : null" />
              <mat-hint align="end">{{ titleLength() }} / {{ titleMax }}</mat-hint>
            </mat-form-field>
            @if (errors().title; as message) {
              <p class="field-error" role="alert" data-testid="title-error">{{ message }}</p>
            }

            @if (!id()) {
              <mat-form-field class="field" subscriptSizing="dynamic">
                <mat-label>{{ 'blog.editor.where' | t }}</mat-label>
                <mat-select formControlName="spaceId" data-testid="editor-space">
                  <mat-option value="">{{ 'blog.editor.personal' | t }}</mat-option>
                  @for (s of writableSpaces(); track s.id) {
                    <mat-option [value]="s.id">{{ s.name }}</mat-option>
                  }
                </mat-select>
                <mat-hint>{{ 'blog.editor.whereHint' | t }}</mat-hint>
              </mat-form-field>
              @if (errors().spaceId; as message) {
                <p class="field-error" role="alert" data-testid="space-error">{{ message }}</p>
              }
            }

            <mat-tab-group class="body-tabs" animationDuration="0ms" [mat-stretch-tabs]="false" mat-align-tabs="start">
              <mat-tab [label]="'blog.editor.write' | t">
                <mat-form-field class="field body" subscriptSizing="dynamic">
                  <mat-label>{{ 'blog.editor.body' | t }}</mat-label>
                  <textarea matInput formControlName="body" rows="14" data-testid="editor-body" [attr.aria-invalid]="errors().body ? true : null"></textarea>
                  <mat-hint>{{ 'blog.editor.bodyHint' | t }}</mat-hint>
                </mat-form-field>
              </mat-tab>
              <mat-tab [label]="'blog.editor.preview' | t">
                <div class="preview" data-testid="editor-preview">
                  @if (saved(); as post) {
                    @if (post.body !== body()) {
                      <p class="note">{{ 'blog.editor.previewStale' | t }}</p>
                    }
                    <pnyx-blog-html [html]="post.html" />
                  } @else {
                    <p class="note">{{ 'blog.editor.previewNone' | t }}</p>
                  }
                </div>
              </mat-tab>
            </mat-tab-group>
            @if (errors().body; as message) {
              <p class="field-error" role="alert" data-testid="body-error">{{ message }}</p>
            }

            <pnyx-blog-tag-input [(tags)]="tags" [error]="errors().tags ?? null" />

            @if (conflict()) {
              <div class="conflict" role="alert" data-testid="editor-conflict">
                <strong>{{ 'blog.editor.conflict' | t }}</strong>
                <span>{{ errors().form }}</span>
                <a mat-button [routerLink]="['/blog', id()]">{{ 'blog.editor.openLatest' | t }}</a>
              </div>
            } @else if (errors().form; as message) {
              <p class="form-error" role="alert" data-testid="editor-error">{{ message }}</p>
            }

            <div class="actions">
              <button mat-stroked-button type="submit" data-testid="editor-save" [disabled]="busy()">
                <mat-icon svgIcon="save" aria-hidden="true" />
                {{ (isPublished() ? 'blog.editor.saveChanges' : 'blog.editor.saveDraft') | t }}
              </button>
              @if (!isPublished()) {
                <button mat-flat-button type="button" data-testid="editor-publish" [disabled]="busy()" (click)="save(true)">
                  <mat-icon svgIcon="publish" aria-hidden="true" />
                  {{ 'blog.editor.publish' | t }}
                </button>
              }
            </div>
          </form>
        </mat-card-content>
      </mat-card>
    } @else if (failed()) {
      <p role="alert">{{ 'blog.post.error' | t }}</p>
    } @else {
      <pnyx-loading [label]="'blog.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 860px; }
    .back { margin: 0 0 8px -12px; }
    .form { display: flex; flex-direction: column; gap: 16px; padding-top: 8px; }
    .field { width: 100%; }
    .body { margin-top: 12px; }
    .body textarea { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; line-height: 1.5; }
    .preview { min-height: 200px; padding: 16px 4px; }
    .note { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .field-error { margin: -8px 0 0 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-error); }
    .form-error, .banner { margin: 0; padding: 10px 14px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .banner { margin-bottom: 16px; }
    .conflict { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 10px 14px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
  `,
})
export class BlogEditorPage {
  /** Editing an existing post. */
  readonly id = input<string>();
  /** A new post in this space's blog. */
  readonly spaceKey = input<string>();

  private readonly api = inject(BlogApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);

  protected readonly titleMax = BLOG_TITLE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({ title: [''], body: [''], spaceId: [''] });
  protected readonly tags = signal<readonly string[]>([]);
  protected readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  private readonly title = toSignal(this.form.controls.title.valueChanges, { initialValue: '' });
  protected readonly titleLength = computed(() => [...this.title().trim()].length);

  private readonly state = toSignal(toObservable(this.id).pipe(switchMap((id) => (id ? this.api.post(id) : of(null)))), { initialValue: LOADING });
  /** The post as last saved (null while new). */
  protected readonly saved = signal<BlogPost | null>(null);
  protected readonly ready = computed(() => this.state() === null || this.saved() !== null);
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state === null) return false;
    if (state.status === 'ready') return state.data.blogPost === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly failed = computed(() => {
    const state = this.state();
    return state !== null && state.status === 'error' && !this.notFound();
  });
  protected readonly isPublished = computed(() => this.saved()?.status === 'PUBLISHED');
  protected readonly backLink = computed(() => {
    const id = this.id();
    if (id) return ['/blog', id];
    const key = this.spaceKey();
    return key ? ['/s', key, 'blog'] : ['/blog'];
  });

  private readonly spaces = toSignal(this.api.spaces().pipe(catchError(() => of([] as readonly BlogSpaceOption[]))), {
    initialValue: [] as readonly BlogSpaceOption[],
  });
  /** Where the caller may write: the spaces they are a member of. */
  protected readonly writableSpaces = computed(() => this.spaces().filter((s) => s.myRole !== null));

  protected readonly busy = signal(false);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly conflict = signal(false);

  constructor() {
    // The loaded post fills the form once; later cache updates do not overwrite typing.
    effect(() => {
      const state = this.state();
      if (state === null || state.status !== 'ready' || !state.data.blogPost || untracked(this.saved)) return;
      const post = state.data.blogPost;
      untracked(() => {
        this.saved.set(post);
        this.form.setValue({ title: post.title, body: post.body, spaceId: post.space?.id ?? '' });
        this.tags.set(post.tags);
      });
    });
    // Typing in a field takes back what was said about it.
    effect(() => {
      this.title();
      untracked(() => this.clearError('title'));
    });
    effect(() => {
      this.body();
      untracked(() => this.clearError('body'));
    });
    effect(() => {
      this.tags();
      untracked(() => this.clearError('tags'));
    });
    // A new post from a space's blog goes into that space.
    effect(() => {
      const key = this.spaceKey();
      const space = this.writableSpaces().find((s) => s.key === key);
      if (space && !this.id()) untracked(() => this.form.controls.spaceId.setValue(space.id));
    });
  }

  protected save(publish: boolean): void {
    if (this.busy()) return;
    const { title, body, spaceId } = this.form.getRawValue();
    const tags = [...this.tags()];
    const problem = blogFormProblem(title, tags);
    this.conflict.set(false);
    if (problem) {
      const field: BlogFormField = problem === 'tooManyTags' ? 'tags' : 'title';
      this.errors.set({ [field]: this.i18n.translate(`blog.editor.problem.${problem}`, { max: problem === 'tooManyTags' ? 10 : BLOG_TITLE_MAX_LENGTH }) });
      return;
    }
    this.errors.set({});
    this.busy.set(true);
    const saved = this.saved();
    const write: Observable<BlogPost> = saved
      ? this.api
          .update({ id: saved.id, baseVersion: saved.version, title, body, tags })
          .pipe(concatMap((post) => (publish && post.status === 'DRAFT' ? this.api.publish(post.id) : of(post))))
      : this.api.create({ title, body, tags, spaceId: spaceId || null, publish });
    write.subscribe({
      next: (post) => {
        this.busy.set(false);
        this.saved.set(post);
        if (post.status === 'PUBLISHED') {
          this.notifier.show(publish ? 'blog.editor.published' : 'blog.editor.saved');
          void this.router.navigate(['/blog', post.id]);
        } else {
          this.notifier.show('blog.editor.draftSaved');
          if (!saved) void this.router.navigate(['/blog', post.id, 'edit'], { replaceUrl: true });
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showRefusal(error);
      },
    });
  }

  private clearError(field: BlogFormField): void {
    if (this.errors()[field]) this.errors.update((errors) => ({ ...errors, [field]: undefined }));
  }

  private showRefusal(error: unknown): void {
    const refusal = writeRefusal(error);
    if (refusal.code === ErrorCode.CONFLICT && refusal.field === 'baseVersion') {
      this.conflict.set(true);
      this.errors.set({ form: refusal.message });
      return;
    }
    if (refusal.code === ErrorCode.BAD_USER_INPUT || refusal.code === ErrorCode.CONFLICT) {
      this.errors.set({ [refusalField(refusal.field)]: refusal.message || this.i18n.translate('blog.editor.failed') });
      return;
    }
    const key = refusal.code === ErrorCode.FORBIDDEN ? 'blog.editor.forbidden' : refusal.code === ErrorCode.NOT_FOUND ? 'blog.editor.gone' : 'blog.editor.failed';
    this.errors.set({ form: this.i18n.translate(key) });
  }
}
