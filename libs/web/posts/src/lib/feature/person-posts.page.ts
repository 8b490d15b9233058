import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { catchError, map, of, switchMap } from 'rxjs';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { PostListStore } from '../data-access/post-list.store';
import { type Person, PostsApi } from '../data-access/posts.api';
import { PostStream } from './post-stream';

type Lookup = { readonly status: 'loading' } | { readonly status: 'ready'; readonly person: Person | null };

/** `/posts/people/:username`: a person's posts and replies that the caller may read, newest first. */
@Component({
  selector: 'pnyx-person-posts-page',
  imports: [TranslatePipe, EmptyState, Loading, PageHeader, PostStream],
  providers: [PostListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lookup().status === 'loading') {
      <pnyx-loading [label]="'posts.loading' | t" />
    } @else if (person(); as person) {
      <pnyx-page-header [heading]="'posts.person.title' | t: { name: person.displayName }" [subheading]="'posts.person.subtitle' | t: { username: person.username }" />
      <pnyx-post-stream [store]="list" emptyText="posts.person.none" testId="person-posts" />
    } @else {
      <pnyx-empty-state icon="search-off" [heading]="'posts.person.notFound.title' | t" [message]="'posts.person.notFound.message' | t: { username: username() }" />
    }
  `,
  styles: `:host { display: block; max-width: 760px; }`,
})
export class PersonPostsPage {
  readonly username = input.required<string>();

  private readonly api = inject(PostsApi);
  protected readonly list = inject(PostListStore);

  /** `users(search)` matches parts of names too: take the exact username. */
  protected readonly lookup = toSignal(
    toObservable(this.username).pipe(
      switchMap((username) =>
        this.api.users(username).pipe(
          map((people): Lookup => ({ status: 'ready', person: people.find((p) => p.username.toLowerCase() === username.toLowerCase()) ?? null })),
          catchError(() => of<Lookup>({ status: 'ready', person: null })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Lookup },
  );
  protected readonly person = computed(() => {
    const found = this.lookup();
    return found.status === 'ready' ? found.person : null;
  });

  constructor() {
    const title = inject(Title);
    const i18n = inject(TranslationService);
    effect(() => {
      const person = this.person();
      if (!person) return;
      untracked(() => this.list.load((after) => this.api.postsBy(person.id, after)));
    });
    effect(() => {
      const person = this.person();
      if (person) title.setTitle(`${i18n.translate('posts.person.title', { name: person.displayName })} · ${i18n.translate('app.name')}`);
    });
  }
}
