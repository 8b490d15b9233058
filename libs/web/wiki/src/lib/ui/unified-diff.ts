import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import type { UnifiedLine } from '../data-access/line-diff';

/** A unified diff, one line each, + green and − red (and said so to screen readers). */
@Component({
  selector: 'pnyx-unified-diff',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lines().length) {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <div class="diff">
          @for (line of lines(); track $index) {
            <div class="line" [class]="line.kind">
              @switch (line.kind) {
                @case ('added') {
                  <span class="visually-hidden">{{ 'wiki.diff.added' | t }}</span>
                }
                @case ('removed') {
                  <span class="visually-hidden">{{ 'wiki.diff.removed' | t }}</span>
                }
              }
              <span class="text">{{ line.text }}</span>
            </div>
          }
        </div>
      </div>
    } @else {
      <p class="same">{{ 'wiki.diff.identical' | t }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .scroll { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-lowest); }
    .diff { margin: 0; padding: 8px 0; font: 13px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
    .line { padding: 0 12px; min-height: 1.5em; }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; }
    .added { background: #dafbe1; color: #0f3d1d; }
    .removed { background: #ffebe9; color: #6e0b0b; }
    .hunk { background: #ddf4ff; color: #0b3a66; }
    .file { color: var(--mat-sys-on-surface-variant); font-weight: 600; }
    .same { margin: 0; padding: 16px; font: var(--mat-sys-body-large); color: var(--mat-sys-on-surface-variant); }
    .scroll:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
  `,
})
export class UnifiedDiff {
  readonly lines = input.required<readonly UnifiedLine[]>();
  readonly label = input.required<string>();
}
