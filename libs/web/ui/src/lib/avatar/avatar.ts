import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { hueSlotOf, initialsOf } from './initials';

/** A person's initials in a coloured circle. Decorative unless `label` is given. */
@Component({
  selector: 'pnyx-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"slot-" + slot() + " size-" + size()',
    '[attr.role]': 'label() ? "img" : null',
    '[attr.aria-label]': 'label() || null',
    '[attr.aria-hidden]': 'label() ? null : "true"',
  },
  template: `{{ initials() }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      border-radius: 50%;
      font-weight: 600;
      letter-spacing: 0.02em;
      user-select: none;
    }
    :host(.size-small) { width: 32px; height: 32px; font-size: 13px; }
    :host(.size-medium) { width: 40px; height: 40px; font-size: 15px; }
    :host(.slot-0) { background: #d6e3ff; color: #0b305f; }
    :host(.slot-1) { background: #cde8e1; color: #0b3a31; }
    :host(.slot-2) { background: #e6def6; color: #33275a; }
    :host(.slot-3) { background: #f5e0c8; color: #4d2e05; }
    :host(.slot-4) { background: #d9e6c9; color: #26381a; }
    :host(.slot-5) { background: #dde3ea; color: #27323f; }
  `,
})
export class Avatar {
  readonly name = input.required<string>();
  readonly size = input<'small' | 'medium'>('medium');
  /** Accessible name; leave empty when the name is written next to the avatar. */
  readonly label = input<string | undefined>();

  protected readonly initials = computed(() => initialsOf(this.name()));
  protected readonly slot = computed(() => hueSlotOf(this.name()));
}
