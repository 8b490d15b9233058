import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { MeDocument } from '@pnyx/shared/graphql-types';
import { LOADING, toQueryState } from '../graphql/query-state';

/** The signed-in user as the API knows them (`me`). */
@Injectable({ providedIn: 'root' })
export class CurrentUser {
  private readonly state = toSignal(
    inject(Apollo).watchQuery({ query: MeDocument }).valueChanges.pipe(toQueryState()),
    { initialValue: LOADING },
  );

  readonly user = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.me : null;
  });
}
