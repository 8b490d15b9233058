import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar, Badge } from '@pnyx/web/ui';
import type { Post } from '../data-access/posts.api';
import { personPath } from '../data-access/post-text';
import { PostBody } from './post-body';
import { ReactionBar } from './reaction-bar';

/**
 * One post: author, audience, time, body (mentions and hashtags as links), reactions, and
 * what the caller may do with it. A deleted post keeps its place and says so.
 */
@Component({
  selector: 'pnyx-post-card',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatMenuModule, LocalDatePipe, TranslatePipe, Avatar, Badge, PostBody, ReactionBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-post-id]': 'post().id', '[class.pinned]': 'post().pinned', '[class.deleted]': 'post().deleted' },
  template: `
    @let p = post();
    <article class="card" [attr.aria-labelledby]="headId">
      <header class="head" [id]="headId">
        <pnyx-avatar [name]="p.author.displayName" size="small" />
        <div class="who">
          <a class="author" [routerLink]="personLink()">{{ p.author.displayName }}</a>
          <span class="meta">
            @if (p.space; as s) {
              <a [routerLink]="['/s', s.key, 'posts']">{{ 'posts.card.inSpace' | t: { space: s.name } }}</a>
            } @else {
              <span>{{ 'posts.card.toEveryone' | t }}</span>
            }
            ·
            <a [routerLink]="['/posts', p.id]" [attr.aria-label]="'posts.card.permalink' | t: { author: p.author.displayName }">
              <time [attr.datetime]="p.createdAt">{{ p.createdAt | localDate: 'dateTime' }}</time>
            </a>
            @if (p.editedAt && !p.deleted) {
              <span class="edited">({{ 'posts.card.edited' | t }})</span>
            }
          </span>
        </div>
        @if (p.pinned) {
          <pnyx-badge class="pin" [label]="'posts.card.pinned' | t" icon="push-pin" tone="tertiary" />
        }
        @if (showActions() && !p.deleted && (p.canEdit || p.canPin)) {
          <button mat-icon-button type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="'posts.card.actions' | t" data-testid="post-actions">
            <mat-icon svgIcon="more-vert" aria-hidden="true" />
          </button>
          <mat-menu #menu="matMenu">
            @if (p.canEdit) {
              <button mat-menu-item type="button" (click)="edit.emit()">
                <mat-icon svgIcon="edit" aria-hidden="true" />{{ 'posts.card.edit' | t }}
              </button>
              <button mat-menu-item type="button" (click)="confirming.set(true)">
                <mat-icon svgIcon="delete" aria-hidden="true" />{{ 'posts.card.delete' | t }}
              </button>
            }
            @if (p.canPin && p.space) {
              <button mat-menu-item type="button" (click)="pin.emit(!p.pinned)">
                <mat-icon svgIcon="push-pin" aria-hidden="true" />{{ (p.pinned ? 'posts.card.unpin' : 'posts.card.pin') | t }}
              </button>
            }
          </mat-menu>
        }
      </header>

      @if (p.deleted) {
        <p class="gone" data-testid="post-deleted">{{ 'posts.card.deleted' | t }}</p>
      } @else {
        <ng-content select="[editor]" />
        @if (!editing()) {
          <pnyx-post-body [html]="p.html" [mentions]="mentionNames()" [hashtags]="p.hashtags" data-testid="post-body" />
        }
      }

      @if (confirming()) {
        <div class="confirm" role="alert">
          <span>{{ 'posts.card.confirmDelete' | t }}</span>
          <button mat-button type="button" (click)="confirming.set(false)">{{ 'posts.composer.cancel' | t }}</button>
          <button mat-flat-button type="button" class="danger" data-testid="confirm-delete" (click)="confirming.set(false); remove.emit()">{{ 'posts.card.delete' | t }}</button>
        </div>
      }

      @if (!p.deleted) {
        <footer class="foot">
          <pnyx-reaction-bar [reactions]="p.reactions" [busy]="reacting()" (toggle)="react.emit($event)" />
          @if (showReplyLink()) {
            <a mat-button [routerLink]="['/posts', p.id]" class="replies" data-testid="open-thread">
              <mat-icon svgIcon="reply" aria-hidden="true" />
              {{ p.replyCount ? ('posts.card.replies' | t: { count: p.replyCount }) : ('posts.card.reply' | t) }}
            </a>
          }
        </footer>
      }
    </article>
  `,
  styles: `
    :host { display: block; }
    .card { padding: 14px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); }
    :host(.pinned) .card { border-color: var(--mat-sys-tertiary); background: var(--mat-sys-surface-container-low); }
    .head { display: flex; align-items: center; gap: 12px; margin-bottom: 8px; }
    .who { display: flex; flex-direction: column; min-width: 0; flex: 1; }
    .author { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface); text-decoration: none; }
    .author:is(:hover, :focus-visible) { text-decoration: underline; }
    .meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .meta a { color: inherit; }
    .edited { margin-left: 4px; }
    .gone { margin: 0; font-style: italic; color: var(--mat-sys-on-surface-variant); }
    .foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; margin-top: 12px; }
    .confirm { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 12px; padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .confirm span { flex: 1; min-width: 200px; }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class PostCard {
  readonly post = input.required<Post>();
  /** The edit/delete/pin menu (on the thread screen). */
  readonly showActions = input(false);
  /** The "Reply" / "3 replies" link to the thread (in lists). */
  readonly showReplyLink = input(true);
  /** While editing, the projected `[editor]` replaces the body. */
  readonly editing = input(false);
  readonly reacting = input(false);

  readonly react = output<string>();
  readonly edit = output();
  readonly remove = output();
  readonly pin = output<boolean>();

  protected readonly confirming = signal(false);
  protected readonly headId = `post-head-${Math.random().toString(36).slice(2, 10)}`;
  protected readonly mentionNames = computed(() => this.post().mentions.map((m) => m.username));
  protected readonly personLink = computed(() => personPath(this.post().author.username));
}
