import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { PostBody, ReactionBar } from '@pnyx/web/posts';
import { Avatar, Badge, type BadgeTone } from '@pnyx/web/ui';
import type { FeedItem } from '../data-access/feed.api';
import { kindText, profilePath } from '../data-access/feed-text';
import { RelativeTimePipe } from './relative-time.pipe';

const STATUS_TONE: Readonly<Record<string, BadgeTone>> = { OPEN: 'primary', CLOSED: 'neutral', WITHDRAWN: 'neutral' };

/**
 * One feed item: who (linking to their profile), what happened, when, and the thing itself:
 * a post with its body, reactions and a reply link; a blog post, page or proposal as a
 * titled link.
 */
@Component({
  selector: 'pnyx-feed-item-card',
  imports: [RouterLink, MatButtonModule, MatIconModule, LocalDatePipe, TranslatePipe, Avatar, Badge, PostBody, ReactionBar, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-item-id]': 'item().id', '[attr.data-kind]': 'item().kind', '[class.pinned]': 'pinned()' },
  template: `
    @let it = item();
    @let s = it.subject;
    <article class="card" [attr.aria-labelledby]="headId">
      <header class="head">
        <pnyx-avatar [name]="it.actor.displayName" size="small" />
        <p class="who" [id]="headId">
          <a class="actor" [routerLink]="actorLink()" data-testid="feed-actor">{{ it.actor.displayName }}</a>
          <span class="verb">{{ verb() | t }}</span>
          @if (spaceOf(); as space) {
            <span class="verb">{{ 'feed.card.in' | t }}</span><a class="space" [routerLink]="['/s', space.key]">{{ space.name }}</a>
          }
          <span class="meta">
            ·
            <time [attr.datetime]="it.createdAt" [title]="it.createdAt | localDate: 'dateTime'">{{ it.createdAt | relativeTime }}</time>
          </span>
        </p>
        @if (pinned()) {
          <pnyx-badge [label]="'feed.pinned' | t" icon="push-pin" tone="tertiary" />
        }
      </header>

      @switch (s.__typename) {
        @case ('Post') {
          @if (post(); as p) {
            @if (p.deleted) {
              <p class="gone">{{ 'feed.card.deleted' | t }}</p>
            } @else {
              <pnyx-post-body [html]="p.html" [mentions]="mentionNames()" [hashtags]="p.hashtags" data-testid="post-body" />
              <footer class="foot">
                <pnyx-reaction-bar [reactions]="p.reactions" [busy]="reacting()" (toggle)="react.emit($event)" />
                <a mat-button [routerLink]="['/posts', p.id]" data-testid="open-thread">
                  <mat-icon svgIcon="reply" aria-hidden="true" />
                  {{ p.replyCount ? ('feed.card.replies' | t: { count: p.replyCount }) : ('feed.card.reply' | t) }}
                </a>
              </footer>
            }
          }
        }
        @case ('BlogPost') {
          @if (blogPost(); as b) {
            <a class="title" [routerLink]="['/blog', b.id]" data-testid="feed-subject">{{ b.title }}</a>
          }
        }
        @case ('Page') {
          @if (page(); as pg) {
            <a class="title" [routerLink]="['/s', pg.pageSpace.key, pg.slug]" data-testid="feed-subject">{{ pg.title }}</a>
          }
        }
        @case ('Proposal') {
          @if (proposal(); as pr) {
            <div class="proposal">
              <a class="title" [routerLink]="['/decisions', pr.id]" data-testid="feed-subject">{{ pr.title }}</a>
              <pnyx-badge [label]="'feed.card.status.' + pr.status | t" [tone]="statusTone(pr.status)" />
            </div>
            @if (pr.status === 'OPEN') {
              <p class="sub">{{ 'feed.card.closes' | t: { date: (pr.closesAt | localDate: 'dateTime') } }}</p>
            }
          }
        }
      }
    </article>
  `,
  styles: `
    :host { display: block; }
    .card { padding: 14px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); }
    :host(.pinned) .card { border-color: var(--mat-sys-tertiary); background: var(--mat-sys-surface-container-low); }
    .head { display: flex; align-items: center; gap: 12px; margin-bottom: 8px; }
    .who { flex: 1; min-width: 0; margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .actor { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface); text-decoration: none; margin-right: 4px; }
    .actor:is(:hover, :focus-visible), .space:is(:hover, :focus-visible) { text-decoration: underline; }
    .verb { margin-right: 4px; }
    .space { color: inherit; font-weight: 500; }
    .meta { font: var(--mat-sys-body-small); }
    .title { display: inline-block; font: var(--mat-sys-title-medium); color: var(--mat-sys-primary); text-decoration: none; overflow-wrap: anywhere; }
    .title:is(:hover, :focus-visible) { text-decoration: underline; }
    .proposal { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .sub { margin: 4px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .gone { margin: 0; font-style: italic; color: var(--mat-sys-on-surface-variant); }
    .foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; margin-top: 12px; }
  `,
})
export class FeedItemCard {
  readonly item = input.required<FeedItem>();
  readonly pinned = input(false);
  readonly reacting = input(false);
  readonly react = output<string>();

  protected readonly headId = `feed-head-${Math.random().toString(36).slice(2, 10)}`;
  protected readonly verb = computed(() => kindText(this.item().kind));
  protected readonly actorLink = computed(() => profilePath(this.item().actor.username));

  protected readonly post = computed(() => {
    const s = this.item().subject;
    return s.__typename === 'Post' ? s : null;
  });
  protected readonly blogPost = computed(() => {
    const s = this.item().subject;
    return s.__typename === 'BlogPost' ? s : null;
  });
  protected readonly page = computed(() => {
    const s = this.item().subject;
    return s.__typename === 'Page' ? s : null;
  });
  protected readonly proposal = computed(() => {
    const s = this.item().subject;
    return s.__typename === 'Proposal' ? s : null;
  });
  protected readonly mentionNames = computed(() => this.post()?.mentions.map((m) => m.username) ?? []);
  /** The space the thing is in, if any (a post to everyone and a personal blog post have none). */
  protected readonly spaceOf = computed(() => {
    const s = this.item().subject;
    switch (s.__typename) {
      case 'Post':
      case 'BlogPost':
        return s.space ?? null;
      case 'Page':
        return s.pageSpace;
      case 'Proposal':
        return s.proposalSpace;
      default:
        return null;
    }
  });

  protected statusTone(status: string): BadgeTone {
    return STATUS_TONE[status] ?? 'neutral';
  }
}
