import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { DecisionsEmpty } from '../ui/decisions-empty';

/** `/decisions`: the start page of the domain. */
@Component({
  selector: 'pnyx-decisions-page',
  imports: [TranslatePipe, PageHeader, DecisionsEmpty],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'decisions.page.title' | t" />
    <pnyx-decisions-empty [heading]="'decisions.page.empty.title' | t" [message]="'decisions.page.empty.message' | t" />
  `,
})
export class DecisionsPage {}
