import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { lineDiff } from '@pnyx/shared/markdown';
import { LocalDatePipe, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { type UnifiedLine, sideBySide } from '../data-access/line-diff';
import { SplitDiff } from './split-diff';
import { UnifiedDiff } from './unified-diff';

/** What is saved now, as the conflict screen compares it with the user's text. */
export interface SavedVersion {
  readonly version: number;
  readonly title: string;
  readonly body: string;
  readonly updatedAt: string;
  readonly updatedBy: { readonly displayName: string };
}

/**
 * Someone saved the page while the user was editing: says so plainly, shows the saved
 * version next to the user's text (or as a list of changes), and offers the two ways on.
 */
@Component({
  selector: 'pnyx-conflict-panel',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, LocalDatePipe, TranslatePipe, SplitDiff, UnifiedDiff],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'region', '[attr.aria-labelledby]': '"conflict-heading"' },
  template: `
    <div class="head">
      <mat-icon svgIcon="warning" class="icon" aria-hidden="true" />
      <div>
        <h2 id="conflict-heading" class="title" tabindex="-1">{{ 'wiki.conflict.title' | t }}</h2>
        <p class="text">
          {{ 'wiki.conflict.message' | t: { name: saved().updatedBy.displayName, version: saved().version, base: baseVersion(), date: (saved().updatedAt | localDate: 'dateTime') } }}
        </p>
        <p class="text">{{ 'wiki.conflict.nothingSaved' | t }}</p>
      </div>
    </div>

    @if (titleDiffers()) {
      <p class="titles">
        {{ 'wiki.conflict.titles' | t: { saved: saved().title, mine: myTitle() } }}
      </p>
    }

    <div class="view-switch">
      <mat-button-toggle-group [value]="view()" (change)="view.set($event.value)" [attr.aria-label]="'wiki.diff.view' | t" hideSingleSelectionIndicator>
        <mat-button-toggle value="split" data-view="split">{{ 'wiki.diff.split' | t }}</mat-button-toggle>
        <mat-button-toggle value="unified" data-view="unified">{{ 'wiki.diff.unified' | t }}</mat-button-toggle>
      </mat-button-toggle-group>
    </div>

    @if (!bodyDiffers()) {
      <p class="same">{{ 'wiki.conflict.sameBody' | t }}</p>
    } @else if (view() === 'split') {
      <pnyx-split-diff
        [rows]="rows()"
        [leftLabel]="'wiki.conflict.savedColumn' | t: { version: saved().version, name: saved().updatedBy.displayName }"
        [rightLabel]="'wiki.conflict.mineColumn' | t"
        [label]="'wiki.conflict.diffLabel' | t"
      />
    } @else {
      <pnyx-unified-diff [lines]="unified()" [label]="'wiki.conflict.diffLabel' | t" />
    }

    <div class="choices">
      <div class="choice">
        <button mat-flat-button type="button" (click)="keepMine.emit()" data-testid="conflict-keep-mine">
          <mat-icon svgIcon="edit" aria-hidden="true" />
          {{ 'wiki.conflict.keepMine' | t }}
        </button>
        <p class="hint">{{ 'wiki.conflict.keepMine.hint' | t: { version: saved().version } }}</p>
      </div>
      <div class="choice">
        <button mat-stroked-button type="button" (click)="takeSaved.emit()" data-testid="conflict-take-saved">
          <mat-icon svgIcon="restore" aria-hidden="true" />
          {{ 'wiki.conflict.takeSaved' | t }}
        </button>
        <p class="hint">{{ 'wiki.conflict.takeSaved.hint' | t }}</p>
      </div>
    </div>
  `,
  styles: `
    :host { display: block; padding: 20px; margin-bottom: 24px; border-radius: var(--mat-sys-corner-large); border: 2px solid #b3261e; background: #fff8f7; }
    .head { display: flex; gap: 12px; align-items: flex-start; }
    .icon { flex: none; width: 32px; height: 32px; color: #b3261e; }
    .title { margin: 0 0 4px; font: var(--mat-sys-title-large); color: #8c1d18; outline: none; }
    .text { margin: 0 0 4px; font: var(--mat-sys-body-large); }
    .titles { margin: 12px 0 0; font: var(--mat-sys-body-medium); }
    .view-switch { margin: 16px 0 12px; }
    .same { font: var(--mat-sys-body-large); color: var(--mat-sys-on-surface-variant); }
    .choices { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-top: 16px; }
    .choice { flex: 1 1 240px; }
    .hint { margin: 6px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ConflictPanel {
  readonly saved = input.required<SavedVersion>();
  readonly baseVersion = input.required<number>();
  readonly myTitle = input.required<string>();
  readonly myBody = input.required<string>();
  readonly keepMine = output();
  readonly takeSaved = output();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(TranslationService);
  protected readonly view = signal<'split' | 'unified'>('split');

  private readonly lines = computed(() => lineDiff(this.saved().body, this.myBody()));
  protected readonly rows = computed(() => sideBySide(this.lines()));
  protected readonly bodyDiffers = computed(() => this.lines().some((line) => line.kind !== 'CONTEXT'));
  protected readonly titleDiffers = computed(() => this.saved().title !== this.myTitle().trim());
  protected readonly unified = computed((): UnifiedLine[] => [
    { kind: 'file', text: `--- ${this.i18n.translate('wiki.conflict.savedColumn', { version: this.saved().version, name: this.saved().updatedBy.displayName })}` },
    { kind: 'file', text: `+++ ${this.i18n.translate('wiki.conflict.mineColumn')}` },
    ...this.lines().map((line): UnifiedLine => ({
      kind: line.kind === 'ADDED' ? 'added' : line.kind === 'REMOVED' ? 'removed' : 'context',
      text: `${line.kind === 'ADDED' ? '+' : line.kind === 'REMOVED' ? '-' : ' '}${line.text}`,
    })),
  ]);

  /** Puts keyboard and screen-reader focus on the heading, so the news is heard. */
  focus(): void {
    this.host.nativeElement.querySelector<HTMLElement>('#conflict-heading')?.focus();
  }
}
