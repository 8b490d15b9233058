import { ChangeDetectionStrategy, Component, computed, input, output, viewChildren } from '@angular/core';
import type { ArgumentSide, DecisionsArgumentFragment } from '@pnyx/shared/graphql-types';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar } from '@pnyx/web/ui';
import { ARGUMENT_MAX_LENGTH } from '../data-access/proposal-rules';
import { RichText } from './rich-text';
import { TextEntryForm } from './text-entry-form';

export interface NewArgument {
  readonly side: ArgumentSide;
  readonly body: string;
}

/** Arguments for and against, side by side (stacked on a phone), each column with its own form. */
@Component({
  selector: 'pnyx-argument-board',
  imports: [LocalDatePipe, TranslatePipe, Avatar, RichText, TextEntryForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (column of columns(); track column.side) {
      <section class="column" [class]="column.side" [attr.aria-labelledby]="'arguments-' + column.side" [attr.data-side]="column.side">
        <h3 class="title" [id]="'arguments-' + column.side">
          {{ 'decisions.arguments.' + column.side | t }}
          <span class="count">{{ column.items.length }}</span>
        </h3>
        @if (column.items.length) {
          <ul class="list">
            @for (argument of column.items; track argument.id) {
              <li class="argument" [attr.data-author]="argument.author.username">
                <p class="who">
                  <pnyx-avatar [name]="argument.author.displayName" size="small" />
                  <span class="name">{{ argument.author.displayName }}</span>
                  <time [attr.datetime]="argument.createdAt">{{ argument.createdAt | localDate: 'dateTime' }}</time>
                </p>
                <pnyx-rich-text [html]="argument.html" />
              </li>
            }
          </ul>
        } @else {
          <p class="none">{{ 'decisions.arguments.none' | t }}</p>
        }
        @if (canAdd()) {
          <pnyx-text-entry-form
            [label]="'decisions.arguments.add.' + column.side"
            submitLabel="decisions.arguments.submit"
            [maxLength]="maxLength"
            [busy]="busySide() === column.side"
            [serverError]="errorSide() === column.side ? error() : null"
            [testId]="'argument-' + column.side"
            (send)="add.emit({ side: column.side, body: $event })"
          />
        }
      </section>
    }
  `,
  styles: `
    :host { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
    @media (max-width: 719.98px) { :host { grid-template-columns: minmax(0, 1fr); } }
    .column { padding: 16px; border-radius: var(--mat-sys-corner-medium); border: 1px solid var(--mat-sys-outline-variant); border-top-width: 4px; }
    .column.PRO { border-top-color: #2e7d32; }
    .column.CON { border-top-color: #c62828; }
    .title { display: flex; align-items: center; gap: 8px; margin: 0 0 12px; font: var(--mat-sys-title-medium); }
    .count { min-width: 24px; padding: 0 8px; border-radius: 999px; background: var(--mat-sys-surface-container-high); font: var(--mat-sys-label-medium); text-align: center; }
    .list { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .argument { padding: 10px 12px; border-radius: 10px; background: var(--mat-sys-surface-container); }
    .who { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 8px; margin: 0 0 6px; }
    .name { font: var(--mat-sys-title-small); }
    time { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .none { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ArgumentBoard {
  readonly arguments = input.required<readonly DecisionsArgumentFragment[]>();
  readonly canAdd = input(false);
  /** The side whose argument is being saved. */
  readonly busySide = input<ArgumentSide | null>(null);
  readonly errorSide = input<ArgumentSide | null>(null);
  readonly error = input<string | null>(null);
  readonly add = output<NewArgument>();

  protected readonly maxLength = ARGUMENT_MAX_LENGTH;
  private readonly forms = viewChildren(TextEntryForm);
  protected readonly columns = computed(() =>
    (['PRO', 'CON'] as const).map((side) => ({ side, items: this.arguments().filter((a) => a.side === side) })),
  );

  /** Empties the form of the side whose argument was saved. */
  reset(side: ArgumentSide): void {
    this.forms()[side === 'PRO' ? 0 : 1]?.reset();
  }
}
