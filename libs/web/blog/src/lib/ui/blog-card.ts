import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatCardModule } from '@angular/material/card';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar, Badge } from '@pnyx/web/ui';
import type { BlogListItem } from '../data-access/blog.api';

/** One blog post in a list: title (the link to it), author, where, when, tags. */
@Component({
  selector: 'pnyx-blog-card',
  imports: [RouterLink, MatCardModule, LocalDatePipe, TranslatePipe, Avatar, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-post-id]': 'post().id' },
  template: `
    @let p = post();
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <pnyx-avatar mat-card-avatar [name]="p.author.displayName" size="small" />
        <mat-card-title>
          <a class="title" [routerLink]="['/blog', p.id]" data-testid="open-post">{{ p.title }}</a>
        </mat-card-title>
        <mat-card-subtitle class="meta">
          <a [routerLink]="['/posts/people', p.author.username]">{{ p.author.displayName }}</a>
          ·
          @if (p.space; as s) {
            <a [routerLink]="['/s', s.key, 'blog']">{{ 'blog.card.inSpace' | t: { space: s.name } }}</a>
          } @else {
            <span>{{ 'blog.card.personal' | t }}</span>
          }
          ·
          @if (p.publishedAt; as published) {
            <time [attr.datetime]="published">{{ published | localDate }}</time>
          } @else {
            <span>{{ 'blog.card.updated' | t: { date: (p.updatedAt | localDate: 'dateTime') } }}</span>
          }
        </mat-card-subtitle>
      </mat-card-header>
      @if (p.status === 'DRAFT' || p.tags.length) {
        <mat-card-content class="foot">
          @if (p.status === 'DRAFT') {
            <pnyx-badge [label]="'blog.status.DRAFT' | t" icon="edit" tone="tertiary" />
          }
          @for (tag of p.tags; track tag) {
            <span class="tag">#{{ tag }}</span>
          }
        </mat-card-content>
      }
    </mat-card>
  `,
  styles: `
    :host { display: block; }
    .card { padding-bottom: 12px; }
    .meta { margin-top: 4px; }
    .title { color: var(--mat-sys-on-surface); text-decoration: none; overflow-wrap: anywhere; }
    .title:is(:hover, :focus-visible) { text-decoration: underline; }
    .meta a { color: inherit; }
    .foot { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding-top: 8px; }
    .tag { padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
  `,
})
export class BlogCard {
  readonly post = input.required<BlogListItem>();
}
