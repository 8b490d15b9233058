import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MAX_CUSTOM_OPTIONS, OPTION_LABEL_MAX_LENGTH } from '@pnyx/shared/decisions';
import { TranslatePipe } from '@pnyx/web/core';
import { moveDown, moveUp } from '../data-access/ranking';

/** The labels of a custom option list (2–10): edit, add, remove, reorder. */
@Component({
  selector: 'pnyx-option-list-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="list">
      @for (label of labels(); track $index; let i = $index, first = $first, last = $last) {
        <li class="row">
          <mat-form-field class="field" subscriptSizing="dynamic">
            <mat-label>{{ 'decisions.form.options.label' | t: { n: i + 1 } }}</mat-label>
            <input matInput [value]="label" [attr.maxlength]="labelMax" (input)="edit(i, $event)" [attr.data-testid]="'option-' + i"
              [attr.aria-describedby]="describedBy() || null" [attr.aria-invalid]="invalid() || null" />
          </mat-form-field>
          <button mat-icon-button type="button" [disabled]="first" [attr.aria-label]="'decisions.form.options.up' | t: { n: i + 1 }" (click)="move(i, -1)">
            <mat-icon svgIcon="arrow-up" aria-hidden="true" />
          </button>
          <button mat-icon-button type="button" [disabled]="last" [attr.aria-label]="'decisions.form.options.down' | t: { n: i + 1 }" (click)="move(i, 1)">
            <mat-icon svgIcon="arrow-down" aria-hidden="true" />
          </button>
          <button mat-icon-button type="button" [disabled]="labels().length <= 2" [attr.aria-label]="'decisions.form.options.remove' | t: { n: i + 1 }" (click)="remove(i)">
            <mat-icon svgIcon="delete" aria-hidden="true" />
          </button>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" [disabled]="labels().length >= max" (click)="add()" data-testid="add-option">
      <mat-icon svgIcon="add" aria-hidden="true" />
      {{ 'decisions.form.options.add' | t }}
    </button>
  `,
  styles: `
    :host { display: block; }
    .list { list-style: none; margin: 0 0 8px; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .row { display: flex; align-items: center; gap: 4px; }
    .field { flex: 1; }
  `,
})
export class OptionListEditor {
  readonly labels = input.required<readonly string[]>();
  /** Id of the message that explains what is wrong with the list, if anything. */
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  readonly labelsChange = output<string[]>();

  protected readonly max = MAX_CUSTOM_OPTIONS;
  protected readonly labelMax = OPTION_LABEL_MAX_LENGTH;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected edit(index: number, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.labelsChange.emit(this.labels().map((label, i) => (i === index ? value : label)));
  }

  protected move(index: number, by: -1 | 1): void {
    this.labelsChange.emit(by < 0 ? moveUp(this.labels(), index) : moveDown(this.labels(), index));
    this.focus(index + by);
  }

  protected remove(index: number): void {
    this.labelsChange.emit(this.labels().filter((_, i) => i !== index));
    this.focus(Math.max(0, index - 1));
  }

  protected add(): void {
    this.labelsChange.emit([...this.labels(), '']);
    this.focus(this.labels().length);
  }

  private focus(index: number): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-testid="option-${index}"]`)?.focus(), { injector: this.injector });
  }
}
