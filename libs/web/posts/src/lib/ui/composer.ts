import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@pnyx/web/core';
import { MAX_POST_GRAPHEMES, type MentionQuery, countGraphemes, insertMention, mentionAt } from '../data-access/post-text';

export interface ComposerPerson {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
}

export interface ComposerSpace {
  readonly id: string;
  readonly name: string;
}

export interface ComposedPost {
  readonly body: string;
  /** null: to everyone (or the composer has no audience picker). */
  readonly spaceId: string | null;
}

let nextId = 0;

/**
 * Writing a post, a reply or an edit: a text with a live count of user-perceived
 * characters ("123 / 500"), @mention suggestions while typing (the page looks people up
 * through `search` and passes them back as `people`), and optionally who it goes to.
 * The server's objection shows under the field (`serverError`).
 */
@Component({
  selector: 'pnyx-post-composer',
  imports: [CdkTextareaAutosize, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() | t }}</mat-label>
        <textarea
          #text
          matInput
          formControlName="body"
          cdkTextareaAutosize
          [cdkAutosizeMinRows]="rows()"
          cdkAutosizeMaxRows="14"
          [attr.data-testid]="testId()"
          aria-autocomplete="list"
          [attr.aria-controls]="suggesting() ? listId : null"
          [attr.aria-activedescendant]="suggesting() ? listId + '-' + active() : null"
          [attr.aria-describedby]="counterId"
          (input)="track()"
          (click)="track()"
          (keyup)="trackKey($event)"
          (keydown)="onKeydown($event)"
          (blur)="closeSoon()"
        ></textarea>
        <mat-hint>{{ 'posts.composer.hint' | t }}</mat-hint>
        @if (form.controls.body.hasError('required')) {
          <mat-error>{{ 'posts.composer.required' | t }}</mat-error>
        } @else if (form.controls.body.hasError('server')) {
          <mat-error [attr.data-testid]="testId() + '-error'">{{ form.controls.body.getError('server') }}</mat-error>
        }
      </mat-form-field>

      @if (suggesting()) {
        <ul class="people" role="listbox" [id]="listId" [attr.aria-label]="'posts.composer.people' | t">
          @for (person of people(); track person.id; let i = $index) {
            <li
              role="option"
              [id]="listId + '-' + i"
              [attr.aria-selected]="i === active()"
              [class.active]="i === active()"
              (mousedown)="$event.preventDefault()"
              (click)="pick(person)"
            >
              <span class="name">{{ person.displayName }}</span>
              <span class="username">&#64;{{ person.username }}</span>
            </li>
          }
        </ul>
      }

      <div class="actions">
        @if (spaces(); as options) {
          <mat-form-field class="audience" subscriptSizing="dynamic">
            <mat-label>{{ 'posts.composer.audience' | t }}</mat-label>
            <mat-select formControlName="spaceId" [attr.data-testid]="testId() + '-audience'">
              <mat-option [value]="''">{{ 'posts.composer.everyone' | t }}</mat-option>
              @for (s of options; track s.id) {
                <mat-option [value]="s.id">{{ s.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <span class="counter" [class.over]="over() > 0" [id]="counterId" [attr.data-testid]="testId() + '-counter'">
          <span aria-hidden="true">{{ 'posts.composer.counter' | t: { count: count(), max: max } }}</span>
          <span class="cdk-visually-hidden">{{ 'posts.composer.counter.label' | t: { count: count(), max: max } }}</span>
          @if (over() > 0) {
            <span class="over-text">{{ 'posts.composer.over' | t: { count: over() } }}</span>
          }
        </span>
        <span class="spacer"></span>
        @if (cancellable()) {
          <button mat-button type="button" (click)="cancel.emit()">{{ 'posts.composer.cancel' | t }}</button>
        }
        <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-testid]="testId() + '-submit'">{{ submitLabel() | t }}</button>
      </div>
    </form>
  `,
  styles: `
    :host { display: block; }
    .form { display: flex; flex-direction: column; gap: 8px; position: relative; }
    .field { width: 100%; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
    .audience { width: 240px; }
    .spacer { flex: 1; }
    .counter { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); font-variant-numeric: tabular-nums; }
    .counter.over { color: var(--mat-sys-error); font-weight: 500; }
    .over-text { margin-left: 8px; }
    .people {
      list-style: none; margin: -4px 0 0; padding: 4px 0; max-height: 240px; overflow-y: auto;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-lowest);
      box-shadow: var(--mat-sys-level2);
    }
    .people li { display: flex; gap: 8px; align-items: baseline; padding: 8px 16px; cursor: pointer; }
    .people li.active, .people li:hover { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .username { font: var(--mat-sys-body-small); color: inherit; opacity: 0.8; }
  `,
})
export class PostComposer {
  readonly label = input('posts.composer.label');
  readonly submitLabel = input('posts.composer.submit');
  readonly rows = input(3);
  readonly busy = input(false);
  /** The server's objection, in words, shown under the field. */
  readonly serverError = input<string | null>(null);
  /** Where the post may go; null: no picker (a reply, an edit, a space's own screen). */
  readonly spaces = input<readonly ComposerSpace[] | null>(null);
  /** Suggestions for the @mention being typed. */
  readonly people = input<readonly ComposerPerson[]>([]);
  readonly initialBody = input('');
  readonly cancellable = input(false);
  readonly testId = input('composer');

  /** The text after `@` while a mention is typed; null when none is. */
  readonly search = output<string | null>();
  readonly send = output<ComposedPost>();
  readonly cancel = output();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({ body: [''], spaceId: [''] });
  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('text');

  protected readonly max = MAX_POST_GRAPHEMES;
  protected readonly listId = `pnyx-mention-list-${nextId++}`;
  protected readonly counterId = `${this.listId}-counter`;
  private readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  protected readonly count = computed(() => countGraphemes(this.body()));
  protected readonly over = computed(() => Math.max(0, this.count() - this.max));

  private readonly mention = signal<MentionQuery | null>(null);
  protected readonly active = signal(0);
  protected readonly suggesting = computed(() => this.mention() !== null && this.people().length > 0);

  constructor() {
    effect(() => {
      const body = this.initialBody();
      untracked(() => this.form.controls.body.setValue(body));
    });
    effect(() => {
      const error = this.serverError();
      untracked(() => {
        const control = this.form.controls.body;
        if (error) {
          control.setErrors({ server: error });
          control.markAsTouched();
        } else if (control.hasError('server')) {
          control.updateValueAndValidity();
        }
      });
    });
    effect(() => {
      const search = this.mention()?.search ?? null;
      untracked(() => {
        this.active.set(0);
        this.search.emit(search);
      });
    });
  }

  /** Empties the form after a successful send. */
  reset(): void {
    this.form.reset({ body: '', spaceId: this.form.controls.spaceId.value });
    this.mention.set(null);
  }

  protected track(): void {
    const el = this.textarea().nativeElement;
    const next = el.selectionStart === el.selectionEnd ? mentionAt(el.value, el.selectionStart) : null;
    const current = this.mention();
    if (next?.search !== current?.search || next?.start !== current?.start) this.mention.set(next);
  }

  protected trackKey(event: KeyboardEvent): void {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) this.track();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      this.submit();
      return;
    }
    if (!this.suggesting()) return;
    const people = this.people();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.active.set((this.active() + 1) % people.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.active.set((this.active() - 1 + people.length) % people.length);
        break;
      case 'Enter':
      case 'Tab':
        event.preventDefault();
        this.pick(people[this.active()] ?? people[0]);
        break;
      case 'Escape':
        event.preventDefault();
        this.mention.set(null);
        break;
    }
  }

  protected pick(person: ComposerPerson): void {
    const query = this.mention();
    if (!query) return;
    const el = this.textarea().nativeElement;
    const next = insertMention(this.form.controls.body.value, query, person.username);
    this.form.controls.body.setValue(next.text);
    this.mention.set(null);
    el.focus();
    el.setSelectionRange(next.caret, next.caret);
  }

  protected closeSoon(): void {
    this.mention.set(null);
  }

  protected submit(): void {
    const control = this.form.controls.body;
    if (!control.value.trim()) {
      control.setErrors({ required: true });
      control.markAsTouched();
      return;
    }
    if (this.busy()) return;
    this.send.emit({ body: control.value, spaceId: this.form.controls.spaceId.value || null });
  }
}
