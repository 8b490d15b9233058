import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { CurrentUser, Notifier, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { type ComposedPost, MentionSearch, PostComposer, PostsApi, refusalText, toggleReaction } from '@pnyx/web/posts';
import { Loading, PageHeader } from '@pnyx/web/ui';
import type { FeedItem } from '../data-access/feed.api';
import { FeedStore } from '../data-access/feed.store';
import { type FeedTab, tabFrom } from '../data-access/feed-text';
import { FeedItemCard } from '../ui/feed-item-card';

/**
 * The home screen: a composer (to everyone), the Following and Everything tabs (`?tab=`),
 * and the feed, read further as its end comes into view. New items are counted in a banner
 * ("3 new posts") and shown when it is clicked, so the list never jumps while being read.
 */
@Component({
  selector: 'pnyx-feed-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatTabsModule, TranslatePipe, Loading, PageHeader, PostComposer, FeedItemCard],
  providers: [FeedStore, MentionSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'feed.title' | t" [subheading]="'feed.subtitle' | t" />
    <section class="compose" [attr.aria-label]="'feed.composer.region' | t">
      <pnyx-post-composer
        label="feed.composer.label"
        [rows]="2"
        [people]="mentions.people()"
        [busy]="sending()"
        [serverError]="error()"
        testId="composer"
        (search)="mentions.search($event)"
        (send)="send($event)"
      />
    </section>

    <nav mat-tab-nav-bar class="tabs" [tabPanel]="panel" [attr.aria-label]="'feed.tabs.label' | t">
      @for (t of tabs; track t) {
        <a mat-tab-link [routerLink]="[]" [queryParams]="{ tab: t }" [active]="tab() === t" [attr.data-testid]="'tab-' + t">{{ 'feed.tab.' + t | t }}</a>
      }
    </nav>

    <mat-tab-nav-panel #panel>
      @if (feed.newCount() > 0) {
        <div class="banner-slot">
          <button mat-flat-button type="button" class="banner" data-testid="feed-banner" [attr.aria-label]="bannerText() + ' — ' + ('feed.banner.label' | t)" (click)="showNew()">
            <mat-icon svgIcon="arrow-upward" aria-hidden="true" />
            {{ bannerText() }}
          </button>
        </div>
      }
      <div class="live" aria-live="polite">{{ feed.newCount() > 0 ? bannerText() : '' }}</div>

      @switch (feed.status()) {
        @case ('ready') {
          @if (feed.pinned().length || feed.items().length) {
            <ol class="items" data-testid="feed" [attr.aria-label]="'feed.list.label' | t">
              @for (item of feed.pinned(); track item.id) {
                <li><pnyx-feed-item-card [item]="item" [pinned]="true" [reacting]="reacting() === item.subject.id" (react)="react(item, $event)" /></li>
              }
              @for (item of feed.items(); track item.id) {
                <li><pnyx-feed-item-card [item]="item" [reacting]="reacting() === item.subject.id" (react)="react(item, $event)" /></li>
              }
            </ol>
            <div #sentinel class="sentinel" aria-hidden="true"></div>
            @if (feed.hasMore()) {
              <button mat-stroked-button type="button" class="more" data-testid="feed-more" [disabled]="feed.loadingMore()" (click)="feed.more()">{{ 'feed.more' | t }}</button>
            } @else {
              <p class="none end">{{ 'feed.end' | t }}</p>
            }
          } @else {
            <p class="none" data-testid="feed-empty">{{ (tab() === 'following' ? 'feed.none.following' : 'feed.none.everything') | t }}</p>
          }
        }
        @case ('error') {
          <p class="none" role="alert">{{ 'feed.error' | t }}</p>
          <button mat-stroked-button type="button" (click)="feed.reload()">{{ 'feed.retry' | t }}</button>
        }
        @default {
          <pnyx-loading [label]="'feed.loading' | t" />
        }
      }
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .compose { margin-bottom: 24px; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .tabs { margin-bottom: 16px; }
    .banner-slot { position: sticky; top: 8px; z-index: 2; display: flex; justify-content: center; margin-bottom: 12px; }
    .banner { box-shadow: var(--mat-sys-level2); border-radius: 20px; }
    .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .sentinel { height: 1px; }
    .more { display: block; margin: 16px auto 0; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .end { text-align: center; margin-top: 16px; font: var(--mat-sys-body-small); }
  `,
})
export class FeedPage {
  protected readonly feed = inject(FeedStore);
  protected readonly mentions = inject(MentionSearch);
  private readonly posts = inject(PostsApi);
  private readonly me = inject(CurrentUser);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly composer = viewChild.required(PostComposer);
  private readonly sentinel = viewChild<ElementRef<HTMLElement>>('sentinel');

  protected readonly tabs: readonly FeedTab[] = ['following', 'everything'];
  protected readonly tab = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((params) => tabFrom(params.get('tab')))), {
    initialValue: 'everything' as FeedTab,
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly reacting = signal<string | null>(null);
  protected readonly bannerText = computed(() => this.i18n.translate('feed.banner', { count: this.feed.newCount() }));
  private readonly meId = computed(() => this.me.user()?.id ?? null);

  constructor() {
    effect(() => {
      const tab = this.tab();
      untracked(() => this.feed.open(tab, () => this.meId()));
    });

    // Infinite scroll: read the next page when the list's end comes into view ("Load more" stays for keyboards and old browsers).
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting)) this.feed.more();
          }, { rootMargin: '400px 0px' });
    let watched: HTMLElement | null = null;
    effect(() => {
      const element = this.sentinel()?.nativeElement ?? null;
      if (!observer || element === watched) return;
      if (watched) observer.unobserve(watched);
      if (element) observer.observe(element);
      watched = element;
    });
    inject(DestroyRef).onDestroy(() => observer?.disconnect());
  }

  /** The banner: read the first page again and go to the top. */
  protected showNew(): void {
    this.feed.reload();
    const scroller = this.document.querySelector('.mat-drawer-content, .mat-sidenav-content');
    if (scroller) scroller.scrollTo({ top: 0, behavior: 'smooth' });
    else this.document.defaultView?.scrollTo({ top: 0, behavior: 'smooth' });
  }

  protected send(post: ComposedPost): void {
    this.sending.set(true);
    this.error.set(null);
    this.posts.createPost({ body: post.body }).subscribe({
      next: (created) => {
        this.sending.set(false);
        this.composer().reset();
        // Its feed item arrives over the subscription in a moment and goes to the top.
        this.feed.wrote(created.id);
        this.notifier.show('posts.composer.posted');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(refusalText(error, this.i18n, post.body));
      },
    });
  }

  protected react(item: FeedItem, emoji: string): void {
    const subject = item.subject;
    if (subject.__typename !== 'Post') return;
    const before = subject.reactions;
    const next = toggleReaction(before, emoji);
    this.feed.patchSubject(subject.id, { reactions: next.counts });
    this.reacting.set(subject.id);
    this.posts.react(subject.id, emoji, next.action).subscribe({
      next: (counts) => {
        this.reacting.set(null);
        this.feed.patchSubject(subject.id, { reactions: [...counts] });
      },
      error: () => {
        this.reacting.set(null);
        this.feed.patchSubject(subject.id, { reactions: before });
        this.notifier.show('posts.reactions.failed');
      },
    });
  }
}
