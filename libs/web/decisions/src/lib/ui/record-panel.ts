import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { Avatar } from '@pnyx/web/ui';
import { DISSENT_MAX_LENGTH } from '../data-access/proposal-rules';
import type { RecordFile } from '../data-access/record-files';
import { TextEntryForm } from './text-entry-form';

export interface DissentRow {
  readonly body: string;
  readonly createdAt: string;
  readonly author: { readonly username: string; readonly displayName: string };
}

/**
 * The immutable record of a closed decision: its hash, the files to download, the
 * minority statements, and (for a voter who dissented) the form to add one.
 */
@Component({
  selector: 'pnyx-record-panel',
  imports: [MatButtonModule, MatIconModule, LocalDatePipe, TranslatePipe, Avatar, TextEntryForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="closed">{{ 'decisions.record.closedAt' | t: { date: (closedAt() | localDate: 'dateTime') } }}</p>
    <p class="hash">
      <span>{{ 'decisions.record.hash' | t }}</span>
      <code data-testid="record-hash">{{ hash() }}</code>
    </p>
    <div class="downloads" role="group" [attr.aria-label]="'decisions.record.downloads' | t">
      @for (file of files(); track file.kind) {
        <button mat-stroked-button type="button" (click)="download.emit(file)" [attr.data-download]="file.kind">
          <mat-icon svgIcon="download" aria-hidden="true" />
          {{ 'decisions.record.file.' + file.kind | t }}
        </button>
      }
    </div>

    <h3 class="title" id="dissents-heading">{{ 'decisions.dissents.title' | t }}</h3>
    @if (dissents().length) {
      <ul class="dissents" aria-labelledby="dissents-heading" data-testid="dissents">
        @for (dissent of dissents(); track dissent.author.username) {
          <li [attr.data-author]="dissent.author.username">
            <p class="who">
              <pnyx-avatar [name]="dissent.author.displayName" size="small" />
              <span class="name">{{ dissent.author.displayName }}</span>
              <time [attr.datetime]="dissent.createdAt">{{ dissent.createdAt | localDate: 'dateTime' }}</time>
            </p>
            <p class="body">{{ dissent.body }}</p>
          </li>
        }
      </ul>
    } @else {
      <p class="none">{{ 'decisions.dissents.none' | t }}</p>
    }
    @if (canDissent()) {
      <p class="hint">{{ 'decisions.dissents.hint' | t }}</p>
      <pnyx-text-entry-form
        label="decisions.dissents.add"
        submitLabel="decisions.dissents.submit"
        [hint]="null"
        [maxLength]="maxLength"
        [busy]="busy()"
        [serverError]="error()"
        testId="dissent"
        (send)="dissent.emit($event)"
      />
    }
  `,
  styles: `
    :host { display: block; }
    .closed { margin: 0 0 6px; }
    .hash { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; margin: 0 0 12px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .hash code { overflow-wrap: anywhere; font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
    .downloads { display: flex; flex-wrap: wrap; gap: 8px; }
    .title { margin: 24px 0 8px; font: var(--mat-sys-title-small); }
    .dissents { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-direction: column; gap: 10px; }
    .dissents li { padding: 10px 12px; border-left: 4px solid #c62828; border-radius: 6px; background: var(--mat-sys-surface-container); }
    .who { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; }
    .name { font: var(--mat-sys-title-small); }
    time { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .body { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    .none, .hint { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RecordPanel {
  readonly hash = input.required<string>();
  readonly closedAt = input.required<string>();
  readonly files = input.required<readonly RecordFile[]>();
  readonly dissents = input.required<readonly DissentRow[]>();
  readonly canDissent = input(false);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly download = output<RecordFile>();
  readonly dissent = output<string>();

  protected readonly maxLength = DISSENT_MAX_LENGTH;
  private readonly form = viewChild(TextEntryForm);

  reset(): void {
    this.form()?.reset();
  }
}
