import { ChangeDetectionStrategy, Component, DestroyRef, Type, computed, inject, input, signal, viewChild } from '@angular/core';
import { NgComponentOutlet } from '@angular/common';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Subject, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import {
  CurrentUser,
  LOADING,
  LocalDatePipe,
  Notifier,
  SPACE_SECTIONS,
  TranslatePipe,
  TranslationService,
  errorInfos,
  errorMessageKey,
  hasErrorCode,
} from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader, VisibilityBadge } from '@pnyx/web/ui';
import { SpacesApi } from '../data-access/spaces.api';
import { AddMemberForm, AddMemberRequest } from '../ui/add-member-form';
import { MemberList } from '../ui/member-list';

/**
 * `/s/:spaceKey`: a space, its members, and (for owners) adding members; above them the
 * sections other features contribute (`provideSpaceSection`), e.g. the wiki's pages.
 */
@Component({
  selector: 'pnyx-space-page',
  imports: [
    NgComponentOutlet,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    EmptyState,
    Loading,
    PageHeader,
    VisibilityBadge,
    AddMemberForm,
    MemberList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './space.page.html',
  styleUrl: './space.page.scss',
})
export class SpacePage {
  /** Bound from the route parameter. */
  readonly spaceKey = input.required<string>();

  private readonly api = inject(SpacesApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly addForm = viewChild(AddMemberForm);
  private readonly searchTerms = new Subject<string>();

  private readonly currentUser = inject(CurrentUser);

  /** Components of the contributed sections, once loaded (in the order they were provided). */
  protected readonly sections = signal<readonly Type<unknown>[]>([]);

  constructor() {
    const sections = inject(SPACE_SECTIONS, { optional: true }) ?? [];
    if (sections.length) {
      Promise.all(sections.map((section) => section.load()))
        .then((components) => this.sections.set(components))
        .catch((error: unknown) => console.error('A space section could not be loaded', error));
    }
  }

  protected readonly currentUserId = computed(() => this.currentUser.user()?.id ?? null);
  protected readonly state = toSignal(
    toObservable(this.spaceKey).pipe(switchMap((key) => this.api.space(key))),
    { initialValue: LOADING },
  );
  protected readonly space = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.space : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state.status === 'ready') return state.data.space === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly isOwner = computed(() => this.space()?.canManageMembers === true);

  protected readonly candidates = toSignal(
    this.searchTerms.pipe(
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((term) => (term ? this.api.searchUsers(term) : of([]))),
    ),
    { initialValue: [] },
  );
  protected readonly adding = signal(false);
  /** Translation key of the server's objection to the username. */
  private readonly usernameErrorKey = signal<string | null>(null);
  protected readonly usernameError = computed(() => {
    const key = this.usernameErrorKey();
    return key ? this.i18n.translate(key) : null;
  });

  /** While Follow / Unfollow is being sent. */
  protected readonly following = signal(false);

  protected setFollowing(spaceId: string, follow: boolean): void {
    this.following.set(true);
    this.api
      .setFollowing(spaceId, follow)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.following.set(false);
          this.notifier.show(follow ? 'spaces.space.followed' : 'spaces.space.unfollowed');
        },
        error: () => this.following.set(false),
      });
  }

  protected search(term: string): void {
    this.searchTerms.next(term);
  }

  protected addMember(request: AddMemberRequest): void {
    const space = this.space();
    if (!space) return;
    this.adding.set(true);
    this.usernameErrorKey.set(null);
    this.api
      .addMember({ spaceId: space.id, username: request.username, role: request.role })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.adding.set(false);
          const member = updated.members.find((m) => m.user.username === request.username);
          this.notifier.show('spaces.members.add.added', { name: member?.user.displayName ?? request.username });
          this.addForm()?.reset();
        },
        error: (error: unknown) => {
          this.adding.set(false);
          this.showAddMemberError(error);
        },
      });
  }

  /** Objections to the username go next to the field; anything else to the snackbar. */
  private showAddMemberError(error: unknown): void {
    for (const info of errorInfos(error)) {
      if (info.field === 'username' || info.code === ErrorCode.CONFLICT) {
        const key =
          info.code === ErrorCode.CONFLICT
            ? 'spaces.members.add.alreadyMember'
            : info.code === ErrorCode.NOT_FOUND
              ? 'spaces.members.add.unknownUser'
              : 'spaces.members.add.username.required';
        this.usernameErrorKey.set(key);
        return;
      }
      if (info.code === ErrorCode.BAD_USER_INPUT || info.code === ErrorCode.NOT_FOUND) {
        this.notifier.show(errorMessageKey(info.code));
        return;
      }
    }
  }
}
