import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import type { SearchSort, SearchType } from '@pnyx/shared/graphql-types';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { SearchApi, type SearchPerson, type SearchSpace, type SearchVariables } from '../data-access/search.api';
import { EMPTY_STATE, SEARCH_TYPES, type SearchState, hasFilters, isDay, paramsFromState, searchFilter, stateFromParams } from '../data-access/search-params';
import { SearchStore } from '../data-access/search.store';
import { SearchHitCard } from '../ui/search-hit-card';

/** Waiting for the space list or the author's id before the first search. */
const PENDING = 'pending';
type Request = SearchVariables | null | typeof PENDING;

function sameRequest(a: Request, b: Request): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `/search`: the words, filters (type, space, author, days) and order, all in the URL so a
 * search can be shared and the back button works; "N results" and the hits as cards, read
 * further with "Load more"; hints when nothing is found; a bad query is shown at its field.
 */
@Component({
  selector: 'pnyx-search-page',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    SearchHitCard,
  ],
  providers: [SearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = state();
    <pnyx-page-header [heading]="'search.title' | t" [subheading]="'search.subtitle' | t" />

    <form class="query" role="search" [attr.aria-label]="'search.field.label' | t" (submit)="submitQuery($event)">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'search.field.label' | t }}</mat-label>
        <mat-icon matPrefix svgIcon="search" aria-hidden="true" />
        <input matInput type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" data-testid="search-query" [formControl]="query" />
        @if (query.hasError('server')) {
          <mat-error data-testid="search-query-error">{{ 'search.field.error' | t }}</mat-error>
        } @else {
          <mat-hint>{{ 'search.field.hint' | t }}</mat-hint>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" class="submit">{{ 'search.field.submit' | t }}</button>
    </form>

    <section class="filters" [attr.aria-label]="'search.filters' | t">
      <mat-chip-listbox
        multiple
        class="types"
        data-testid="filter-types"
        [attr.aria-label]="'search.filter.types' | t"
        [value]="s.types"
        (change)="setTypes($event.value)"
      >
        @for (type of types; track type) {
          <mat-chip-option [value]="type" [attr.data-type]="type">{{ 'search.kind.' + type | t }}</mat-chip-option>
        }
      </mat-chip-listbox>

      <div class="row">
        <mat-form-field class="space" subscriptSizing="dynamic">
          <mat-label>{{ 'search.filter.space' | t }}</mat-label>
          <mat-select data-testid="filter-space" [value]="s.space ?? ''" (selectionChange)="set({ space: $event.value || null })">
            <mat-option value="">{{ 'search.filter.anySpace' | t }}</mat-option>
            @for (space of spaces() ?? []; track space.id) {
              <mat-option [value]="space.key">{{ space.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <mat-form-field class="author" subscriptSizing="dynamic">
          <mat-label>{{ 'search.filter.author' | t }}</mat-label>
          <input
            matInput
            name="author"
            autocomplete="off"
            spellcheck="false"
            data-testid="filter-author"
            [formControl]="authorControl"
            [matAutocomplete]="people"
          />
          @if (s.author) {
            <button mat-icon-button matSuffix type="button" [attr.aria-label]="'search.filter.author.clear' | t" (click)="set({ author: null })">
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          }
          <mat-autocomplete #people="matAutocomplete" [displayWith]="personName" (optionSelected)="chooseAuthor($event)">
            @for (person of candidates(); track person.id) {
              <mat-option [value]="person">
                <span>{{ person.displayName }}</span>
                <span class="username">{{ person.username }}</span>
              </mat-option>
            } @empty {
              @if (authorText().length > 0) {
                <mat-option disabled>{{ 'search.filter.author.none' | t }}</mat-option>
              }
            }
          </mat-autocomplete>
        </mat-form-field>

        <mat-form-field class="day" subscriptSizing="dynamic">
          <mat-label>{{ 'search.filter.from' | t }}</mat-label>
          <input matInput type="date" name="from" data-testid="filter-from" [value]="s.from ?? ''" [max]="s.to ?? ''" (change)="setDay('from', $event)" />
        </mat-form-field>
        <mat-form-field class="day" subscriptSizing="dynamic">
          <mat-label>{{ 'search.filter.to' | t }}</mat-label>
          <input matInput type="date" name="to" data-testid="filter-to" [value]="s.to ?? ''" [min]="s.from ?? ''" (change)="setDay('to', $event)" />
        </mat-form-field>
      </div>

      <div class="row order">
        <span class="sort-label" id="search-sort-label">{{ 'search.sort' | t }}</span>
        <mat-button-toggle-group
          hideSingleSelectionIndicator
          aria-labelledby="search-sort-label"
          data-testid="sort"
          [value]="s.sort"
          (change)="setSort($event.value)"
        >
          @for (sort of sorts; track sort) {
            <mat-button-toggle [value]="sort" [attr.data-sort]="sort">{{ 'search.sort.' + sort | t }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        @if (filtered()) {
          <button mat-button type="button" class="clear" data-testid="clear-filters" (click)="clearFilters()">
            <mat-icon svgIcon="close" aria-hidden="true" />
            {{ 'search.filter.clear' | t }}
          </button>
        }
      </div>
    </section>

    <p class="count" role="status" data-testid="search-count">{{ countText() }}</p>

    @switch (store.status()) {
      @case ('idle') {
        <pnyx-empty-state icon="search" [heading]="'search.start.title' | t" [message]="'search.start.message' | t" />
      }
      @case ('loading') {
        <pnyx-loading [label]="'search.loading' | t" />
      }
      @case ('error') {
        <pnyx-empty-state icon="error" [heading]="'search.error' | t">
          <button mat-stroked-button type="button" (click)="store.retry()">{{ 'search.retry' | t }}</button>
        </pnyx-empty-state>
      }
      @case ('ready') {
        @if (store.empty()) {
          <pnyx-empty-state icon="search-off" data-testid="search-none" [heading]="'search.none.title' | t: { query: s.q }" [message]="'search.none.message' | t">
            <ul class="hints">
              <li>{{ 'search.hint.phrase' | t }}</li>
              <li>{{ 'search.hint.exclude' | t }}</li>
              <li>{{ 'search.hint.or' | t }}</li>
            </ul>
          </pnyx-empty-state>
        } @else {
          <ol class="hits" data-testid="search-results" [attr.aria-label]="'search.results' | t">
            @for (hit of store.hits(); track hit.type + hit.id) {
              <li><pnyx-search-hit-card [hit]="hit" /></li>
            }
          </ol>
          @if (store.hasNextPage()) {
            <button mat-stroked-button type="button" class="more" data-testid="search-more" [disabled]="store.loadingMore()" (click)="store.more()">
              {{ 'search.more' | t }}
            </button>
          }
        }
      }
    }
  `,
  styles: `
    :host { display: block; max-width: 860px; }
    .query { display: flex; align-items: flex-start; gap: 12px; }
    .field { flex: 1; }
    .field mat-icon { margin: 0 4px 0 12px; }
    .submit { margin-top: 10px; }
    .filters { display: flex; flex-direction: column; gap: 12px; margin: 20px 0 8px; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .space { flex: 1 1 180px; }
    .author { flex: 1 1 200px; }
    .day { flex: 0 1 170px; }
    .username { margin-inline-start: 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .sort-label { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .order mat-button-toggle-group { --mat-button-toggle-height: 36px; --mat-button-toggle-shape: 18px; }
    .clear { margin-inline-start: auto; }
    .count { min-height: 20px; margin: 16px 0 12px; font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); }
    .hits { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .more { display: block; margin: 16px auto 0; }
    .hints { margin: 0; padding-inline-start: 20px; text-align: start; max-width: 56ch; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .hints li + li { margin-top: 4px; }
  `,
})
export class SearchPage {
  protected readonly store = inject(SearchStore);
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);

  protected readonly types = SEARCH_TYPES;
  protected readonly sorts: readonly SearchSort[] = ['RELEVANCE', 'DATE'];
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly authorControl = new FormControl<string | SearchPerson>('', { nonNullable: true });

  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(stateFromParams)), { initialValue: EMPTY_STATE });
  protected readonly filtered = computed(() => hasFilters(this.state()));
  protected readonly spaces = toSignal(this.api.spaces().pipe(catchError(() => of([] as readonly SearchSpace[]))), { initialValue: null });

  /** The person the URL's `author` names, looked up by username. */
  private readonly author = toSignal(
    toObservable(computed(() => this.state().author)).pipe(
      distinctUntilChanged(),
      switchMap((username) =>
        username
          ? this.api.author(username).pipe(
              map((person) => ({ username, person })),
              catchError(() => of({ username, person: null })),
            )
          : of({ username: null, person: null }),
      ),
    ),
  );

  protected readonly authorText = toSignal(this.authorControl.valueChanges.pipe(map((value) => (typeof value === 'string' ? value.trim() : ''))), {
    initialValue: '',
  });
  protected readonly candidates = toSignal(
    this.authorControl.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      debounceTime(150),
      distinctUntilChanged(),
      switchMap((text) => (text ? this.api.people(text).pipe(catchError(() => of([] as readonly SearchPerson[]))) : of([] as readonly SearchPerson[]))),
    ),
    { initialValue: [] as readonly SearchPerson[] },
  );

  private readonly request = computed<Request>(
    () => {
      const state = this.state();
      if (!state.q) return null;
      let spaceId: string | null = null;
      if (state.space) {
        const spaces = this.spaces();
        if (!spaces) return PENDING;
        spaceId = spaces.find((space) => space.key === state.space)?.id ?? null;
      }
      let authorId: string | null = null;
      if (state.author) {
        const author = this.author();
        if (!author || author.username !== state.author) return PENDING;
        authorId = author.person?.id ?? null;
      }
      return { query: state.q, types: state.types.length ? [...state.types] : null, filter: searchFilter(state, { spaceId, authorId }), sort: state.sort };
    },
    { equal: sameRequest },
  );

  protected readonly countText = computed(() =>
    this.store.status() === 'ready' ? this.i18n.translate('search.count', { count: this.store.totalCount() }) : '',
  );

  protected readonly personName = (value: string | SearchPerson | null): string => (typeof value === 'string' ? value : (value?.displayName ?? ''));

  constructor() {
    effect(() => {
      const request = this.request();
      if (request !== PENDING) untracked(() => this.store.open(request));
    });
    // The field follows the URL (back button, top-bar search).
    effect(() => {
      const q = this.state().q;
      untracked(() => {
        if (this.query.value.trim() !== q) this.query.setValue(q);
      });
    });
    effect(() => {
      const author = this.author();
      const username = this.state().author;
      untracked(() => {
        if (!username) this.authorControl.setValue('', { emitEvent: false });
        else if (author?.username === username) this.authorControl.setValue(author.person ?? username, { emitEvent: false });
      });
    });
    // A query the API refuses is shown at its field.
    effect(() => {
      if (this.store.status() !== 'invalid') return;
      untracked(() => {
        this.query.setErrors({ server: true });
        this.query.markAsTouched();
      });
    });
  }

  protected submitQuery(event: Event): void {
    // A plain form (no form directive): the browser must not send it itself.
    event.preventDefault();
    const q = this.query.value.trim();
    if (q === this.state().q && this.store.status() !== 'loading') this.store.retry();
    this.set({ q });
  }

  protected set(patch: Partial<SearchState>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromState({ ...this.state(), ...patch }) });
  }

  protected setTypes(value: unknown): void {
    const chosen = Array.isArray(value) ? value : [];
    this.set({ types: SEARCH_TYPES.filter((type: SearchType) => chosen.includes(type)) });
  }

  protected setSort(value: unknown): void {
    this.set({ sort: value === 'DATE' ? 'DATE' : 'RELEVANCE' });
  }

  protected setDay(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.set({ [which]: isDay(value) ? value : null });
  }

  protected chooseAuthor(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as SearchPerson;
    this.set({ author: person.username });
  }

  protected clearFilters(): void {
    this.set({ types: [], space: null, author: null, from: null, to: null });
  }
}
