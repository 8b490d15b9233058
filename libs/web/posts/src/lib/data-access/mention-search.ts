import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { type Person, PostsApi } from './posts.api';

/** People for the @mention being typed: looked up through `users(search)` as the name grows. */
@Injectable()
export class MentionSearch {
  private readonly api = inject(PostsApi);
  private readonly terms = new Subject<string | null>();

  readonly people = toSignal(
    this.terms.pipe(
      debounceTime(150),
      distinctUntilChanged(),
      switchMap((term) => (term === null ? of([] as readonly Person[]) : this.api.users(term).pipe(catchError(() => of([] as readonly Person[]))))),
    ),
    { initialValue: [] as readonly Person[] },
  );

  search(term: string | null): void {
    this.terms.next(term);
  }
}
