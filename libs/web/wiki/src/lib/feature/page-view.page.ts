import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { filter, switchMap } from 'rxjs';
import { LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { PageTreeStore } from '../data-access/page-tree.store';
import { pageBySlug } from '../data-access/page-by-slug';
import { WikiApi } from '../data-access/wiki.api';
import { exportFileName } from '../data-access/wiki-rules';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { CommentThread } from '../ui/comment-thread';
import { ConfirmDialog, ConfirmDialogData } from '../ui/confirm-dialog';
import { LabelList } from '../ui/label-list';
import { PageTree, TreeItem } from '../ui/page-tree';
import { WikiContent } from '../ui/wiki-content';
import { MovePageLauncher } from './move-page.dialog';

/** A title guessed from a slug, for "create it" on a page that does not exist: "team-charter" → "Team charter". */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/-+/g, ' ').trim();
  return words ? words[0].toLocaleUpperCase() + words.slice(1) : '';
}

/** `/s/:spaceKey/:slug`: a page as readers see it, with what editors can do to it. */
@Component({
  selector: 'pnyx-page-view-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    LocalDatePipe,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    Breadcrumbs,
    CommentThread,
    LabelList,
    PageTree,
    WikiContent,
  ],
  providers: [PageTreeStore, MovePageLauncher],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './page-view.page.html',
  styleUrl: './page-view.page.scss',
})
export class PageViewPage {
  readonly spaceKey = input.required<string>();
  readonly slug = input.required<string>();

  private readonly api = inject(WikiApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly dialog = inject(MatDialog);
  private readonly mover = inject(MovePageLauncher);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly comments = viewChild(CommentThread);
  protected readonly tree = inject(PageTreeStore);

  private readonly address = computed(() => ({ spaceKey: this.spaceKey(), slug: this.slug() }));
  private readonly loaded = pageBySlug(this.address, (spaceKey, slug) => this.api.page(spaceKey, slug));
  protected readonly state = this.loaded.state;
  protected readonly page = this.loaded.page;
  protected readonly notFound = this.loaded.notFound;
  protected readonly suggestedTitle = computed(() => titleFromSlug(this.slug()));

  private readonly spaceState = toSignal(toObservable(this.spaceKey).pipe(switchMap((key) => this.api.spacePages(key))), {
    initialValue: LOADING,
  });
  protected readonly space = computed(() => {
    const state = this.spaceState();
    return state.status === 'ready' ? state.data.space : null;
  });

  protected readonly crumbs = computed((): Crumb[] => {
    const page = this.page();
    if (!page) return [];
    return [
      { label: page.space.name, link: ['/s', page.space.key] },
      ...page.path.map((p) => ({ label: p.title, link: ['/s', page.space.key, p.slug] })),
      { label: page.title },
    ];
  });

  protected readonly watchBusy = signal(false);
  protected readonly commentBusy = signal(false);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const page = this.page();
      if (!page) return;
      // An old slug still finds the page; show its current address.
      if (page.slug !== this.slug() || page.space.key !== this.spaceKey()) {
        void this.router.navigate(['/s', page.space.key, page.slug], { replaceUrl: true });
      }
      title.setTitle(`${page.title} · ${page.space.name} · ${this.i18n.translate('app.name')}`);
    });
    // The sidebar tree opens down to the page shown.
    toObservable(this.page)
      .pipe(filter((page) => page !== null), takeUntilDestroyed())
      .subscribe((page) => this.tree.open(page.path.map((p) => p.id)));
  }

  protected toggleWatch(): void {
    const page = this.page();
    if (!page || this.watchBusy()) return;
    const watch = !page.watchedByMe;
    this.watchBusy.set(true);
    this.api
      .setWatching(page.id, watch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.watchBusy.set(false);
          this.notifier.show(watch ? 'wiki.page.watching' : 'wiki.page.notWatching');
        },
        error: () => this.watchBusy.set(false),
      });
  }

  protected addLabel(label: string): void {
    const page = this.page();
    if (!page) return;
    this.api.addLabel(page.id, label).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      error: () => this.notifier.show('wiki.labels.invalid'),
    });
  }

  protected removeLabel(label: string): void {
    const page = this.page();
    if (page) this.api.removeLabel(page.id, label).pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
  }

  protected addComment(body: string): void {
    const page = this.page();
    if (!page) return;
    this.commentBusy.set(true);
    this.api
      .addComment(page.id, body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.commentBusy.set(false);
          this.comments()?.reset();
          this.notifier.show('wiki.comments.added');
        },
        error: () => {
          this.commentBusy.set(false);
          this.notifier.show('wiki.comments.failed');
        },
      });
  }

  protected move(item?: TreeItem): void {
    const page = this.page();
    if (!page) return;
    const target = item ?? page;
    this.mover
      .open({ pageId: target.id, title: target.title, spaceKey: page.space.key })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((moved) => {
        if (moved) this.tree.reload();
      });
  }

  protected exportMarkdown(): void {
    const page = this.page();
    if (!page) return;
    this.api
      .exportMarkdown(page.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(({ slug, markdown }) => {
        const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
        const link = this.document.createElement('a');
        link.href = url;
        link.download = exportFileName(slug);
        this.document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected delete(): void {
    const page = this.page();
    if (!page) return;
    const data: ConfirmDialogData = {
      title: this.i18n.translate('wiki.delete.title', { title: page.title }),
      message: this.i18n.translate(page.childCount ? 'wiki.delete.messageWithChildren' : 'wiki.delete.message', { count: page.childCount }),
      confirm: this.i18n.translate('wiki.delete.confirm'),
      destructive: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.deletePage(page.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => {
        this.notifier.show('wiki.delete.done', { title: page.title });
        const parent = page.path[page.path.length - 1];
        void this.router.navigate(parent ? ['/s', page.space.key, parent.slug] : ['/s', page.space.key]);
      });
  }
}
