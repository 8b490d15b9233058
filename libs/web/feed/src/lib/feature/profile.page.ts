import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { catchError, map, of, switchMap } from 'rxjs';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { ErrorCode } from '@pnyx/shared/contracts';
import { CurrentUser, LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { type Post, PostCard, PostsApi, toggleReaction } from '@pnyx/web/posts';
import { Avatar, EmptyState, Loading } from '@pnyx/web/ui';
import { FeedApi, type Profile, type ProfileBlogPost } from '../data-access/feed.api';

type Listed<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly items: readonly T[] };

/**
 * `/people/:username`: who a person is (name, roles, followers, spaces), Follow / Unfollow
 * (not on one's own profile), and what they wrote lately: posts, blog posts and pages.
 */
@Component({
  selector: 'pnyx-profile-page',
  imports: [RouterLink, MatButtonModule, MatChipsModule, MatIconModule, LocalDatePipe, TranslatePipe, Avatar, EmptyState, Loading, PostCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'feed.profile.notFound.title' | t" [message]="'feed.profile.notFound.message' | t: { username: username() }" />
    } @else if (person(); as p) {
      <header class="profile">
        <pnyx-avatar [name]="p.displayName" size="medium" class="avatar" />
        <div class="who">
          <h1 class="name">{{ p.displayName }}</h1>
          <p class="username">{{ 'feed.profile.username' | t: { username: p.username } }}</p>
          <p class="followers" data-testid="follower-count">{{ 'feed.profile.followers' | t: { count: p.followerCount } }}</p>
          @if (p.roles.length) {
            <mat-chip-set [attr.aria-label]="'feed.profile.roles' | t">
              @for (role of p.roles; track role) {
                <mat-chip disableRipple>{{ 'feed.profile.role.' + role | t }}</mat-chip>
              }
            </mat-chip-set>
          }
        </div>
        @if (isMe()) {
          <span class="you">{{ 'feed.profile.you' | t }}</span>
        } @else if (p.followedByMe) {
          <button mat-stroked-button type="button" data-testid="unfollow" [disabled]="busy()" (click)="follow(p, false)">
            <mat-icon svgIcon="person-check" aria-hidden="true" />{{ 'feed.profile.unfollow' | t }}
          </button>
        } @else {
          <button mat-flat-button type="button" data-testid="follow" [disabled]="busy()" (click)="follow(p, true)">
            <mat-icon svgIcon="person-add" aria-hidden="true" />{{ 'feed.profile.follow' | t }}
          </button>
        }
      </header>

      <section class="block" aria-labelledby="spaces-heading">
        <h2 id="spaces-heading" class="block-title">{{ 'feed.profile.spaces' | t }}</h2>
        @if (p.spaces.length) {
          <ul class="chips">
            @for (space of p.spaces; track space.id) {
              <li><a mat-stroked-button [routerLink]="['/s', space.key]">{{ space.name }}</a></li>
            }
          </ul>
        } @else {
          <p class="none">{{ 'feed.profile.noSpaces' | t }}</p>
        }
      </section>

      <section class="block" aria-labelledby="posts-heading">
        <h2 id="posts-heading" class="block-title">{{ 'feed.profile.posts' | t }}</h2>
        @let listed = posts();
        @if (listed.status === 'loading') {
          <pnyx-loading [label]="'feed.profile.loading' | t" />
        } @else if (listed.items.length) {
          <ol class="posts" data-testid="profile-posts">
            @for (post of listed.items; track post.id) {
              <li><pnyx-post-card [post]="post" [reacting]="reacting() === post.id" (react)="react(post, $event)" /></li>
            }
          </ol>
        } @else {
          <p class="none">{{ 'feed.profile.noPosts' | t }}</p>
        }
      </section>

      <div class="columns">
        <section class="block" aria-labelledby="blog-heading">
          <h2 id="blog-heading" class="block-title">{{ 'feed.profile.blog' | t }}</h2>
          @let blog = blogPosts();
          @if (blog.status === 'ready' && blog.items.length) {
            <ul class="links" data-testid="profile-blog">
              @for (b of blog.items; track b.id) {
                <li>
                  <a [routerLink]="['/blog', b.id]">{{ b.title }}</a>
                  <span class="meta">{{ b.publishedAt | localDate }}</span>
                </li>
              }
            </ul>
          } @else if (blog.status === 'ready') {
            <p class="none">{{ 'feed.profile.noBlog' | t }}</p>
          }
        </section>

        <section class="block" aria-labelledby="pages-heading">
          <h2 id="pages-heading" class="block-title">{{ 'feed.profile.pages' | t }}</h2>
          @if (p.recentPages.length) {
            <ul class="links" data-testid="profile-pages">
              @for (page of p.recentPages; track page.id) {
                <li>
                  <a [routerLink]="['/s', page.space.key, page.slug]">{{ page.title }}</a>
                  <span class="meta">{{ page.space.name }} · {{ page.updatedAt | localDate }}</span>
                </li>
              }
            </ul>
          } @else {
            <p class="none">{{ 'feed.profile.noPages' | t }}</p>
          }
        </section>
      </div>
    } @else {
      <pnyx-loading [label]="'feed.profile.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .profile { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 16px; margin-bottom: 24px; }
    .who { flex: 1; min-width: 200px; }
    .name { margin: 0; font: var(--mat-sys-headline-medium); }
    .username, .followers { margin: 2px 0 8px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .you { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .block { margin-bottom: 24px; }
    .block-title { margin: 0 0 12px; font: var(--mat-sys-title-large); }
    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
    .posts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .links { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .links a { font: var(--mat-sys-title-small); color: var(--mat-sys-primary); }
    .meta { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 0 24px; }
    .none { margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ProfilePage {
  readonly username = input.required<string>();

  private readonly api = inject(FeedApi);
  private readonly postsApi = inject(PostsApi);
  private readonly me = inject(CurrentUser);
  private readonly notifier = inject(Notifier);

  private readonly state = toSignal(toObservable(this.username).pipe(switchMap((username) => this.api.profile(username))), { initialValue: LOADING });
  protected readonly person = computed<Profile | null>(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.user : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    return (state.status === 'ready' && state.data.user === null) || (state.status === 'error' && hasErrorCode(state.error, ErrorCode.NOT_FOUND));
  });
  protected readonly isMe = computed(() => !!this.person() && this.person()?.id === this.me.user()?.id);
  private readonly personId = computed(() => this.person()?.id ?? null);
  protected readonly busy = signal(false);
  protected readonly reacting = signal<string | null>(null);

  protected readonly posts = signal<Listed<Post>>({ status: 'loading' });
  protected readonly blogPosts = toSignal(
    toObservable(this.personId).pipe(
      switchMap((id) =>
        id
          ? this.api.blogPostsBy(id).pipe(
              map((items): Listed<ProfileBlogPost> => ({ status: 'ready', items: items.filter((b) => b.status === 'PUBLISHED') })),
              catchError(() => of<Listed<ProfileBlogPost>>({ status: 'ready', items: [] })),
            )
          : of<Listed<ProfileBlogPost>>({ status: 'loading' }),
      ),
    ),
    { initialValue: { status: 'loading' } as Listed<ProfileBlogPost> },
  );

  constructor() {
    const title = inject(Title);
    const i18n = inject(TranslationService);
    toObservable(this.personId)
      .pipe(switchMap((id) => (id ? this.postsApi.postsBy(id, null).pipe(map((page) => page.nodes), catchError(() => of([] as readonly Post[]))) : of(null))))
      .pipe(takeUntilDestroyed())
      .subscribe((items) => this.posts.set(items ? { status: 'ready', items } : { status: 'loading' }));
    effect(() => {
      const person = this.person();
      if (person) title.setTitle(`${person.displayName} · ${i18n.translate('app.name')}`);
    });
  }

  protected follow(person: Profile, follow: boolean): void {
    this.busy.set(true);
    this.api.setFollowing(person, follow).subscribe({
      next: () => {
        this.busy.set(false);
        this.notifier.show(follow ? 'feed.profile.followed' : 'feed.profile.unfollowed', { name: person.displayName });
      },
      error: () => {
        this.busy.set(false);
        this.notifier.show('feed.profile.followFailed');
      },
    });
  }

  protected react(post: Post, emoji: string): void {
    const before = post.reactions;
    const next = toggleReaction(before, emoji);
    const patch = (reactions: Post['reactions']) =>
      this.posts.update((listed) => (listed.status === 'ready' ? { status: 'ready', items: listed.items.map((p) => (p.id === post.id ? { ...p, reactions } : p)) } : listed));
    patch(next.counts);
    this.reacting.set(post.id);
    this.postsApi.react(post.id, emoji, next.action).subscribe({
      next: (counts) => {
        this.reacting.set(null);
        patch([...counts]);
      },
      error: () => {
        this.reacting.set(null);
        patch(before);
        this.notifier.show('posts.reactions.failed');
      },
    });
  }
}
