import { type Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, debounceTime, distinctUntilChanged, filter, map, merge, of, switchMap } from 'rxjs';
import { WikiApi } from './wiki.api';

/**
 * The body rendered by the server as saving it in the space would (wiki links resolved),
 * once typing pauses for 350 ms; empty for an empty body; the last rendering while one fails.
 * Call in an injection context.
 */
export function livePreview(body: Signal<string>, spaceId: Signal<string | null>): Signal<string> {
  const api = inject(WikiApi);
  return toSignal(
    merge(toObservable(body), toObservable(spaceId)).pipe(
      debounceTime(350),
      map(() => ({ text: body(), space: spaceId() })),
      filter((next): next is { text: string; space: string } => next.space !== null),
      distinctUntilChanged((a, b) => a.text === b.text && a.space === b.space),
      switchMap(({ text, space }): Observable<string | null> => (text.trim() ? api.preview(space, text).pipe(catchError(() => of(null))) : of(''))),
      filter((html): html is string => html !== null),
    ),
    { initialValue: '' },
  );
}
