import { ChangeDetectionStrategy, Component, Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Observable, map } from 'rxjs';
import { Notifier, TranslatePipe, errorInfos } from '@pnyx/web/core';
import { Loading } from '@pnyx/web/ui';
import { OutlineNode, parentOptions } from '../data-access/parent-options';
import { WikiApi } from '../data-access/wiki.api';

export interface MovePageData {
  readonly pageId: string;
  readonly title: string;
  readonly spaceKey: string;
}

const ROOT = '';

/** "Move to…": choose the new parent (or the top level) of a page. */
@Component({
  selector: 'pnyx-move-page-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'wiki.move.title' | t: { title: data.title } }}</h2>
    <mat-dialog-content>
      <p class="intro">{{ 'wiki.move.intro' | t }}</p>
      @if (outline() === undefined) {
        <pnyx-loading [label]="'common.loading' | t" />
      } @else {
        <mat-form-field class="filter" subscriptSizing="dynamic">
          <mat-label>{{ 'wiki.move.filter' | t }}</mat-label>
          <input matInput [ngModel]="filter()" (ngModelChange)="filter.set($event)" autocomplete="off" />
        </mat-form-field>
        <mat-radio-group class="options" [ngModel]="choice()" (ngModelChange)="chosen.set($event)" [attr.aria-label]="'wiki.move.parent' | t">
          <mat-radio-button [value]="root" class="option" data-parent="root">
            <span class="top">{{ 'wiki.move.root' | t }}</span>
            @if (currentParent() === null) {
              <span class="here">{{ 'wiki.move.current' | t }}</span>
            }
          </mat-radio-button>
          @for (option of visibleOptions(); track option.id) {
            <mat-radio-button
              [value]="option.id"
              [disabled]="option.disabled"
              class="option"
              [style.padding-left.px]="filter() ? 0 : option.depth * 20"
              [attr.data-parent]="option.title"
            >
              {{ option.title }}
              @if (option.isCurrentParent) {
                <span class="here">{{ 'wiki.move.current' | t }}</span>
              } @else if (option.id === data.pageId) {
                <span class="here">{{ 'wiki.move.self' | t }}</span>
              }
            </mat-radio-button>
          }
        </mat-radio-group>
      }
      @if (error(); as message) {
        <p class="error" role="alert">{{ message | t }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" [disabled]="busy() || !changed()" (click)="submit()">{{ 'wiki.move.submit' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .filter { width: 100%; margin-bottom: 8px; }
    .options { display: flex; flex-direction: column; max-height: 45vh; overflow-y: auto; }
    .option { display: block; }
    .top { font-weight: 600; }
    .here { margin-left: 8px; font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .error { color: var(--mat-sys-error); margin: 12px 0 0; }
  `,
})
export class MovePageDialog {
  protected readonly data = inject<MovePageData>(MAT_DIALOG_DATA);
  private readonly api = inject(WikiApi);
  private readonly ref = inject<MatDialogRef<MovePageDialog, boolean>>(MatDialogRef);

  protected readonly root = ROOT;
  protected readonly outline = toSignal(this.api.outline(this.data.spaceKey).pipe(map((space) => parentOptions((space?.rootPages ?? []) as readonly OutlineNode[], this.data.pageId))));
  protected readonly currentParent = computed(() => this.outline()?.parentId ?? null);
  protected readonly filter = signal('');
  protected readonly chosen = signal<string | null>(null);
  protected readonly choice = computed(() => this.chosen() ?? this.currentParent() ?? ROOT);
  protected readonly visibleOptions = computed(() => {
    const needle = this.filter().trim().toLocaleLowerCase();
    const options = this.outline()?.options ?? [];
    return needle ? options.filter((o) => o.title.toLocaleLowerCase().includes(needle)) : options;
  });
  protected readonly changed = computed(() => this.outline() !== undefined && (this.choice() || null) !== this.currentParent());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const parentId = this.choice() || null;
    this.busy.set(true);
    this.error.set(null);
    this.api.movePage(this.data.pageId, parentId).subscribe({
      next: () => this.ref.close(true),
      error: (error: unknown) => {
        this.busy.set(false);
        const field = errorInfos(error).find((info) => info.field === 'parentId');
        this.error.set(field ? 'wiki.move.invalid' : 'wiki.move.failed');
      },
    });
  }
}

/** Opens the move dialog; emits true once the page moved (and says so). */
@Injectable()
export class MovePageLauncher {
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  open(data: MovePageData): Observable<boolean> {
    return this.dialog
      .open<MovePageDialog, MovePageData, boolean>(MovePageDialog, { data, width: '560px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(
        map((moved) => {
          if (moved) this.notifier.show('wiki.move.done', { title: data.title });
          return moved === true;
        }),
      );
  }
}
