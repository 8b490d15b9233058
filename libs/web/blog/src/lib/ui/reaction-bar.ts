import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import { type ReactionCount, reactionButtons } from '../data-access/reactions';

/** The six reactions as toggle buttons with their counts; pressed when the caller reacted. */
@Component({
  selector: 'pnyx-blog-reaction-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="group" [attr.aria-label]="'blog.reactions.label' | t">
      @for (r of buttons(); track r.emoji) {
        <button
          type="button"
          class="reaction"
          [class.used]="r.count > 0"
          [attr.aria-pressed]="r.reactedByMe"
          [attr.aria-label]="'blog.reactions.button' | t: { emoji: r.emoji, name: ('blog.reactions.' + r.emoji | t), count: r.count }"
          [attr.data-emoji]="r.emoji"
          [title]="'blog.reactions.' + r.emoji | t"
          [disabled]="busy()"
          (click)="toggle.emit(r.emoji)"
        >
          <span class="emoji" aria-hidden="true">{{ r.emoji }}</span>
          @if (r.count > 0) {
            <span class="count" aria-hidden="true">{{ r.count }}</span>
          }
        </button>
      }
    </div>
  `,
  styles: `
    :host { display: block; }
    .bar { display: flex; flex-wrap: wrap; gap: 6px; }
    .reaction {
      display: inline-flex; align-items: center; gap: 4px; min-height: 32px; min-width: 40px; padding: 2px 10px;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 16px; background: transparent;
      color: var(--mat-sys-on-surface); font: var(--mat-sys-label-large); cursor: pointer;
    }
    .reaction:not(.used) .emoji { opacity: 0.75; }
    .reaction:hover { background: var(--mat-sys-surface-container-high); }
    .reaction:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .reaction[aria-pressed='true'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); border-color: var(--mat-sys-primary); }
    .reaction:disabled { cursor: progress; }
    .emoji { font-size: 1.1em; line-height: 1; }
  `,
})
export class BlogReactionBar {
  readonly reactions = input.required<readonly ReactionCount[]>();
  readonly busy = input(false);
  readonly toggle = output<string>();

  protected readonly buttons = computed(() => reactionButtons(this.reactions()));
}
