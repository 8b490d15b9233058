import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@pnyx/web/core';
import { EmptyState } from '@pnyx/web/ui';

@Component({
  selector: 'pnyx-not-found-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="visually-hidden">{{ 'shell.notFound.title' | t }}</h1>
    <pnyx-empty-state icon="search-off" [heading]="'shell.notFound.title' | t" [message]="'shell.notFound.message' | t">
      <a mat-flat-button routerLink="/">{{ 'shell.notFound.home' | t }}</a>
    </pnyx-empty-state>
  `,
})
export class NotFoundPage {}
