import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslatePipe } from '@pnyx/web/core';

/** "Published" and "My drafts" as tabs over the blog's lists. */
@Component({
  selector: 'pnyx-blog-tabs',
  imports: [RouterLink, MatTabsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" [tabPanel]="panel" [attr.aria-label]="'blog.tabs.label' | t">
      <a mat-tab-link routerLink="/blog" [active]="active() === 'published'" data-testid="tab-published">{{ 'blog.tabs.published' | t }}</a>
      <a mat-tab-link routerLink="/blog/drafts" [active]="active() === 'drafts'" data-testid="tab-drafts">{{ 'blog.tabs.drafts' | t }}</a>
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; }
    nav { margin-bottom: 16px; }
  `,
})
export class BlogTabs {
  readonly active = input.required<'published' | 'drafts'>();
}
