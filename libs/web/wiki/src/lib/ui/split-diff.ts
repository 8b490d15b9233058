import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import type { SideBySideRow } from '../data-access/line-diff';

/** Two columns: the older text on the left (removed lines red), the newer on the right (added lines green). */
@Component({
  selector: 'pnyx-split-diff',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table class="diff">
        <caption class="visually-hidden">{{ label() }}</caption>
        <colgroup><col class="num" /><col /><col class="num" /><col /></colgroup>
        <thead>
          <tr>
            <th scope="col" colspan="2" class="head">{{ leftLabel() }}</th>
            <th scope="col" colspan="2" class="head">{{ rightLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track $index) {
            <tr>
              @if (row.left; as cell) {
                <td class="n">{{ cell.number }}</td>
                <td class="t" [class.removed]="cell.changed">
                  @if (cell.changed) {
                    <del><span class="visually-hidden">{{ 'wiki.diff.removed' | t }}</span><span>{{ cell.text }}</span></del>
                  } @else {
                    <span>{{ cell.text }}</span>
                  }
                </td>
              } @else {
                <td class="n empty"></td>
                <td class="t empty"></td>
              }
              @if (row.right; as cell) {
                <td class="n">{{ cell.number }}</td>
                <td class="t" [class.added]="cell.changed">
                  @if (cell.changed) {
                    <ins><span class="visually-hidden">{{ 'wiki.diff.added' | t }}</span><span>{{ cell.text }}</span></ins>
                  } @else {
                    <span>{{ cell.text }}</span>
                  }
                </td>
              } @else {
                <td class="n empty"></td>
                <td class="t empty"></td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host { display: block; }
    .scroll { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-lowest); }
    .scroll:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    .diff { width: 100%; min-width: 560px; border-collapse: collapse; table-layout: fixed; font: 13px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
    .num { width: 3.5em; }
    .head { padding: 8px 12px; text-align: left; font: var(--mat-sys-title-small); background: var(--mat-sys-surface-container); border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .head + .head { border-left: 1px solid var(--mat-sys-outline-variant); }
    td { vertical-align: top; padding: 0 8px; }
    .n { text-align: right; color: var(--mat-sys-on-surface-variant); user-select: none; }
    .n:nth-child(3) { border-left: 1px solid var(--mat-sys-outline-variant); }
    .t { white-space: pre-wrap; overflow-wrap: anywhere; }
    .removed { background: #ffebe9; color: #6e0b0b; }
    .added { background: #dafbe1; color: #0f3d1d; }
    .empty { background: var(--mat-sys-surface-container-low); }
    del, ins { text-decoration: none; }
  `,
})
export class SplitDiff {
  readonly rows = input.required<readonly SideBySideRow[]>();
  readonly leftLabel = input.required<string>();
  readonly rightLabel = input.required<string>();
  readonly label = input.required<string>();
}
