import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { BlogListStore } from '../data-access/blog-list.store';
import { BlogApi } from '../data-access/blog.api';
import { BlogTabs } from '../ui/blog-tabs';
import { BlogStream } from './blog-stream';

/** `/blog/drafts`: the caller's drafts, newest first; only they see them. */
@Component({
  selector: 'pnyx-blog-drafts-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, PageHeader, BlogTabs, BlogStream],
  providers: [BlogListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'blog.drafts.title' | t" [subheading]="'blog.drafts.subtitle' | t">
      <a mat-flat-button routerLink="/blog/new" data-testid="write-post">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'blog.write' | t }}
      </a>
    </pnyx-page-header>
    <pnyx-blog-tabs active="drafts">
      <pnyx-blog-stream [store]="list" emptyText="blog.drafts.none" testId="blog-drafts" />
    </pnyx-blog-tabs>
  `,
  styles: `
    :host { display: block; max-width: 760px; }
  `,
})
export class BlogDraftsPage {
  private readonly api = inject(BlogApi);
  protected readonly list = inject(BlogListStore);

  constructor() {
    this.list.load((after) => this.api.drafts(after));
  }
}
