import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** "Nothing here (yet)": an icon, a heading, a sentence and optional actions. */
@Component({
  selector: 'pnyx-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    <h2 class="heading">{{ heading() }}</h2>
    @if (message(); as text) {
      <p class="message">{{ text }}</p>
    }
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 48px 24px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
    }
    .icon { width: 48px; height: 48px; color: var(--mat-sys-primary); }
    .heading { margin: 16px 0 0; font: var(--mat-sys-title-large); }
    .message { margin: 8px 0 0; max-width: 52ch; font: var(--mat-sys-body-large); color: var(--mat-sys-on-surface-variant); }
    .actions { margin-top: 24px; display: flex; gap: 8px; flex-wrap: wrap; justify-content: center; }
    .actions:empty { display: none; }
  `,
})
export class EmptyState {
  readonly icon = input('inbox');
  readonly heading = input.required<string>();
  readonly message = input<string | undefined>();
}
