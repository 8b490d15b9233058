import { ChangeDetectionStrategy, Component, ElementRef, computed, input, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { LABEL_MAX_LENGTH, PAGE_MAX_LABELS, normaliseLabel } from '@pnyx/shared/markdown';
import { TranslatePipe } from '@pnyx/web/core';

/**
 * A page's labels, each a link to the other pages with it. Editors switch to editing:
 * each label gets a remove button, and a field adds one (Enter or comma).
 */
@Component({
  selector: 'pnyx-label-list',
  imports: [RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (editing()) {
      <div class="editor">
        @if (labels().length) {
          <ul class="pills" [attr.aria-label]="'wiki.labels.title' | t">
            @for (label of labels(); track label) {
              <li class="pill editable" [attr.data-label]="label">
                <mat-icon svgIcon="label" aria-hidden="true" />{{ label }}
                <button type="button" class="remove" [attr.aria-label]="'wiki.labels.remove' | t: { label: label }" (click)="remove.emit(label)">
                  <mat-icon svgIcon="close" aria-hidden="true" />
                </button>
              </li>
            }
          </ul>
        }
        <div class="add">
          <mat-form-field class="field" subscriptSizing="dynamic">
            <mat-label>{{ 'wiki.labels.add' | t }}</mat-label>
            <input
              #entry
              matInput
              autocomplete="off"
              [placeholder]="'wiki.labels.placeholder' | t"
              [attr.maxlength]="maxLength"
              (keydown.enter)="commit($event)"
              (keydown)="comma($event)"
              (input)="error.set(null)"
              data-testid="label-input"
            />
            <mat-hint>{{ 'wiki.labels.hint' | t }}</mat-hint>
          </mat-form-field>
          <button mat-stroked-button type="button" class="add-button" (click)="commit()">{{ 'wiki.labels.addButton' | t }}</button>
          @if (!inline()) {
            <button mat-button type="button" (click)="editingNow.set(false)">{{ 'wiki.labels.done' | t }}</button>
          }
        </div>
        @if (error(); as key) {
          <p class="error" role="alert">{{ key | t: { max: maxLabels } }}</p>
        }
      </div>
    } @else {
      <ul class="pills" [attr.aria-label]="'wiki.labels.title' | t">
        @for (label of labels(); track label) {
          <li>
            <a class="pill" [routerLink]="['/wiki', spaceKey(), 'labels', label]" [attr.data-label]="label">
              <mat-icon svgIcon="label" aria-hidden="true" />{{ label }}
            </a>
          </li>
        } @empty {
          <li class="none">{{ 'wiki.labels.none' | t }}</li>
        }
      </ul>
      @if (editable()) {
        <button mat-button type="button" class="edit no-print" (click)="startEditing()">
          <mat-icon svgIcon="edit" aria-hidden="true" />
          {{ 'wiki.labels.edit' | t }}
        </button>
      }
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
    .editor { display: flex; flex-direction: column; gap: 8px; width: 100%; }
    .pills { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0; padding: 0; }
    .pill {
      display: inline-flex; align-items: center; gap: 4px; padding: 3px 10px 3px 8px; border-radius: 999px;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large); text-decoration: none;
    }
    a.pill:hover { text-decoration: underline; }
    .pill.editable { padding-right: 2px; }
    .pill mat-icon { width: 16px; height: 16px; }
    .remove {
      display: inline-grid; place-items: center; width: 24px; height: 24px; padding: 0; margin-left: 2px;
      border: 0; border-radius: 50%; background: transparent; color: inherit; cursor: pointer;
    }
    .remove:hover { background: var(--mat-sys-surface-container-highest); }
    .none { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .add { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; }
    .field { flex: 1 1 240px; }
    .add-button { margin-top: 8px; }
    .error { margin: 0; color: var(--mat-sys-error); font: var(--mat-sys-body-small); }
    .edit mat-icon { width: 18px; height: 18px; }
  `,
})
export class LabelList {
  readonly labels = input.required<readonly string[]>();
  readonly spaceKey = input.required<string>();
  readonly editable = input(false);
  /** Always editing (inside a form), without the read view and its "Edit labels" button. */
  readonly inline = input(false);

  readonly add = output<string>();
  readonly remove = output<string>();

  protected readonly editingNow = signal(false);
  protected readonly editing = computed(() => this.inline() || this.editingNow());
  /** Translation key of what is wrong with the typed label. */
  protected readonly error = signal<string | null>(null);
  protected readonly maxLength = LABEL_MAX_LENGTH;
  protected readonly maxLabels = PAGE_MAX_LABELS;

  private readonly entry = viewChild<ElementRef<HTMLInputElement>>('entry');

  protected startEditing(): void {
    this.editingNow.set(true);
    setTimeout(() => this.entry()?.nativeElement.focus());
  }

  protected comma(event: KeyboardEvent): void {
    if (event.key === ',') this.commit(event);
  }

  /** Adds what was typed (Enter, comma or the button); never submits the surrounding form. */
  protected commit(event?: Event): void {
    event?.preventDefault();
    const field = this.entry()?.nativeElement;
    const typed = field?.value.trim() ?? '';
    if (!field || !typed) return;
    const label = normaliseLabel(typed);
    if (!label) {
      this.error.set('wiki.labels.invalid');
      return;
    }
    if (!this.labels().includes(label)) {
      if (this.labels().length >= PAGE_MAX_LABELS) {
        this.error.set('wiki.labels.tooMany');
        return;
      }
      this.add.emit(label);
    }
    field.value = '';
  }
}
