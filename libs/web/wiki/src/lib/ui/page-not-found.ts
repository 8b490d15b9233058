import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@pnyx/web/core';
import { EmptyState } from '@pnyx/web/ui';

/** A page that does not exist or is hidden (the two look the same), with the way back to its space. */
@Component({
  selector: 'pnyx-page-not-found',
  imports: [MatButtonModule, RouterLink, TranslatePipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-empty-state icon="search-off" [heading]="'wiki.page.notFound.title' | t" [message]="'wiki.page.notFound.message' | t">
      <a mat-flat-button [routerLink]="['/s', spaceKey()]">{{ 'wiki.page.toSpace' | t }}</a>
    </pnyx-empty-state>
  `,
})
export class PageNotFound {
  readonly spaceKey = input.required<string>();
}
