import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SpaceDetailFragment } from '@pnyx/shared/graphql-types';
import { TranslatePipe } from '@pnyx/web/core';
import { Avatar, Badge } from '@pnyx/web/ui';

export type SpaceMemberItem = SpaceDetailFragment['members'][number];

/** The members of a space, owners first, then by name. */
@Component({
  selector: 'pnyx-member-list',
  imports: [TranslatePipe, Avatar, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="list" [attr.aria-label]="label()">
      @for (member of sorted(); track member.user.id) {
        <li class="member" [attr.data-username]="member.user.username">
          <pnyx-avatar [name]="member.user.displayName" size="small" />
          <span class="who">
            <span class="name">
              {{ member.user.displayName }}
              @if (member.user.id === currentUserId()) {
                <span class="you">({{ 'spaces.members.you' | t }})</span>
              }
            </span>
            <span class="username">{{ member.user.username }}</span>
          </span>
          <pnyx-badge
            class="role"
            [label]="'spaces.role.' + member.role | t"
            [tone]="member.role === 'OWNER' ? 'primary' : 'neutral'"
          />
        </li>
      }
    </ul>
  `,
  styles: `
    .list { list-style: none; margin: 0; padding: 0; }
    .member {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 10px 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .member:last-child { border-bottom: none; }
    .who { display: flex; flex-direction: column; min-width: 0; flex: 1; }
    .name { font: var(--mat-sys-body-large); overflow-wrap: anywhere; }
    .you { color: var(--mat-sys-on-surface-variant); }
    .username { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class MemberList {
  readonly members = input.required<readonly SpaceMemberItem[]>();
  readonly currentUserId = input<string | null>(null);
  readonly label = input<string | undefined>();

  protected readonly sorted = computed(() =>
    [...this.members()].sort(
      (a, b) =>
        Number(b.role === 'OWNER') - Number(a.role === 'OWNER') ||
        a.user.displayName.localeCompare(b.user.displayName),
    ),
  );
}
