import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The heading of a screen (its only `h1`), an optional line below, actions on the right. */
@Component({
  selector: 'pnyx-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="text">
      <ng-content select="[pnyxPageHeaderBefore]" />
      <h1 class="heading" [attr.id]="headingId()">{{ heading() }}</h1>
      @if (subheading(); as sub) {
        <p class="sub">{{ sub }}</p>
      }
      <ng-content select="[pnyxPageHeaderMeta]" />
    </div>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 12px 24px;
      margin-block-end: 24px;
    }
    .text { min-width: 0; flex: 1 1 320px; }
    .heading {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .sub {
      margin: 8px 0 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    .actions:empty { display: none; }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly subheading = input<string | null | undefined>();
  readonly headingId = input<string | undefined>();
}
