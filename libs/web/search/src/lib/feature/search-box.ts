import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { TranslatePipe } from '@pnyx/web/core';
import { SearchApi } from '../data-access/search.api';
import { type Suggestion, groupSuggestions } from '../data-access/search-hit';
import { MAX_QUERY_LENGTH } from '../data-access/search-params';

/** What an option of the panel stands for: a thing to open, or all results for the words. */
type Choice = { readonly path: string } | { readonly query: string };

const DEBOUNCE_MS = 200;
const MIN_SUGGEST = 2;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The top bar's search: suggestions by kind while typing (from 2 characters, 200 ms after
 * the last key, the latest answer wins); choosing one opens it, Enter or "Show all
 * results" opens `/search?q=…`. `/` focuses the box from anywhere but a text field.
 */
@Component({
  selector: 'pnyx-search-box',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'shortcut($event)' },
  template: `
    <form class="box" role="search" matAutocompleteOrigin #origin="matAutocompleteOrigin" (submit)="submit($event)" [attr.aria-label]="'search.box.label' | t">
      <mat-icon class="icon" svgIcon="search" aria-hidden="true" />
      <input
        #input
        class="input"
        type="search"
        name="q"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-keyshortcuts="/"
        data-testid="search-box"
        [maxLength]="maxLength"
        [formControl]="control"
        [matAutocomplete]="panel"
        [matAutocompleteConnectedTo]="origin"
        [attr.aria-label]="'search.box.label' | t"
        [placeholder]="'search.box.placeholder' | t"
        [title]="'search.box.shortcut' | t"
      />
      <kbd class="key" aria-hidden="true">/</kbd>
      <mat-autocomplete #panel="matAutocomplete" class="pnyx-search-panel" [displayWith]="display" (optionSelected)="choose($event)">
        @for (group of groups(); track group.kind) {
          <mat-optgroup [label]="group.label | t" [attr.data-kind]="group.kind">
            @for (item of group.items; track item.kind + item.id) {
              <mat-option [value]="{ path: item.path }" [attr.data-testid]="'suggestion'" [attr.data-kind]="item.kind">
                <mat-icon class="kind" [svgIcon]="group.icon" aria-hidden="true" />
                <span class="title">{{ item.title }}</span>
                @if (item.subtitle) {
                  <span class="subtitle">{{ item.subtitle }}</span>
                }
              </mat-option>
            }
          </mat-optgroup>
        }
        @if (text()) {
          <mat-option class="all" [value]="{ query: text() }" data-testid="suggestion-all">
            <mat-icon class="kind" svgIcon="search" aria-hidden="true" />
            <span class="title">{{ 'search.box.all' | t: { query: text() } }}</span>
          </mat-option>
        }
      </mat-autocomplete>
    </form>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .box {
      display: flex;
      align-items: center;
      gap: 8px;
      height: 40px;
      padding: 0 8px 0 12px;
      border-radius: 20px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      border: 1px solid transparent;
    }
    .box:focus-within { background: var(--mat-sys-surface); border-color: var(--mat-sys-primary); }
    .icon { flex: none; width: 20px; height: 20px; }
    .input {
      flex: 1;
      min-width: 0;
      height: 100%;
      border: 0;
      outline: 0;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
    }
    .input::placeholder { color: var(--mat-sys-on-surface-variant); }
    .input::-webkit-search-cancel-button { cursor: pointer; }
    .key {
      flex: none;
      display: inline-grid;
      place-items: center;
      min-width: 20px;
      height: 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .box:focus-within .key { display: none; }
    :host-context(.compact) .key { display: none; }
    /* The options live in an overlay, but their content is this template's: these apply. */
    .kind { flex: none; color: var(--mat-sys-on-surface-variant); }
    .title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .subtitle { margin-inline-start: 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class SearchBox {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild.required(MatAutocompleteTrigger);

  protected readonly maxLength = MAX_QUERY_LENGTH;
  protected readonly control = new FormControl<string | Choice>('', { nonNullable: true });

  /** The words typed (an option's value is an object while it is being chosen). */
  private readonly typed = this.control.valueChanges.pipe(
    startWith(this.control.value),
    map((value) => (typeof value === 'string' ? value.trim() : null)),
  );
  protected readonly text = toSignal(this.typed.pipe(map((value) => value ?? '')), { initialValue: '' });

  private readonly suggestions = toSignal(
    this.typed.pipe(
      // A chosen option keeps the last suggestions until the box is cleared.
      debounceTime(DEBOUNCE_MS),
      map((value) => value ?? ''),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < MIN_SUGGEST ? of([] as readonly Suggestion[]) : this.api.suggestions(query).pipe(catchError(() => of([] as readonly Suggestion[]))),
      ),
    ),
    { initialValue: [] as readonly Suggestion[] },
  );
  protected readonly groups = computed(() => (this.text().length < MIN_SUGGEST ? [] : groupSuggestions(this.suggestions())));

  protected readonly display = (value: string | Choice | null): string => (typeof value === 'string' ? value : value && 'query' in value ? value.query : '');

  /** Enter without an option highlighted: all results. */
  protected submit(event: Event): void {
    // A plain form (no form directive): the browser must not send it itself.
    event.preventDefault();
    if (this.trigger().activeOption) return;
    const value = this.control.value;
    if (typeof value === 'string' && value.trim()) this.showAll(value.trim());
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as Choice;
    if ('query' in choice) {
      this.showAll(choice.query);
      return;
    }
    this.control.setValue('');
    this.input().nativeElement.blur();
    void this.router.navigateByUrl(choice.path);
  }

  protected shortcut(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTypingTarget(event.target) || isTypingTarget(this.document.activeElement)) return;
    event.preventDefault();
    this.input().nativeElement.focus();
  }

  private showAll(query: string): void {
    this.control.setValue(query);
    this.trigger().closePanel();
    void this.router.navigate(['/search'], { queryParams: { q: query } });
  }
}
