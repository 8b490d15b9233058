import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { startWith, switchMap } from 'rxjs';
import { DECISION_PROCESSES, type DecisionProcess } from '@pnyx/shared/decisions';
import { ErrorCode } from '@pnyx/shared/contracts';
import { CurrentUser, LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { CLOSING_PRESETS, type ClosingPreset, closingProblem, closingTime, toLocalDateTimeInput } from '../data-access/closing-time';
import { writeRefusal } from '../data-access/decision-errors';
import { DecisionsApi } from '../data-access/decisions.api';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH, customOptionsAllowed, customOptionsRequired, optionsProblem } from '../data-access/proposal-rules';
import { OptionListEditor } from '../ui/option-list-editor';

/** Inputs of createProposal the form shows errors for; anything else goes to the top of the form. */
const FIELDS = ['title', 'description', 'process', 'options', 'closesAt', 'quorumPercent', 'advisorUsernames'] as const;
type Field = (typeof FIELDS)[number];

/**
 * `/s/:spaceKey/decisions/new`: open a proposal. The shared decision rules check the
 * options and the closing time as the author types; the server's objections show next
 * to the field they name.
 */
@Component({
  selector: 'pnyx-new-proposal-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    LocalDatePipe,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    OptionListEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-proposal.page.html',
  styleUrl: './new-proposal.page.scss',
})
export class NewProposalPage {
  readonly spaceKey = input.required<string>();

  private readonly api = inject(DecisionsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly me = inject(CurrentUser);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly processes = DECISION_PROCESSES;
  protected readonly presets = CLOSING_PRESETS;
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly descriptionMax = DESCRIPTION_MAX_LENGTH;

  protected readonly spaceState = toSignal(toObservable(this.spaceKey).pipe(switchMap((key) => this.api.space(key))), { initialValue: LOADING });
  protected readonly space = computed(() => {
    const state = this.spaceState();
    return state.status === 'ready' ? state.data.space : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.spaceState();
    if (state.status === 'ready') return state.data.space === null || state.data.space.myRole === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  /** Advisors are picked among the other members. */
  protected readonly members = computed(() => (this.space()?.members ?? []).filter((m) => m.user.username !== this.me.user()?.username));

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX_LENGTH)]],
    description: [''],
    process: ['CONSENT' as DecisionProcess],
    customOptions: [false],
    closing: ['3d' as ClosingPreset],
    closesAtCustom: [toLocalDateTimeInput(new Date(Date.now() + 3 * 86_400_000))],
    quorumPercent: [0, [Validators.required, Validators.min(0), Validators.max(100)]],
    advisors: [[] as string[]],
    hideTally: [false],
  });
  protected readonly labels = signal<string[]>(['', '']);

  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly process = computed(() => (this.value().process ?? 'CONSENT') as DecisionProcess);
  protected readonly usesCustomOptions = computed(() => customOptionsRequired(this.process()) || (customOptionsAllowed(this.process()) && !!this.value().customOptions));
  protected readonly submitted = signal(false);
  protected readonly optionsCheck = computed(() => (this.usesCustomOptions() ? optionsProblem(this.process(), this.labels()) : null));
  protected readonly closesAt = computed(() => {
    const v = this.value();
    return closingTime((v.closing ?? '3d') as ClosingPreset, new Date(), v.closesAtCustom);
  });
  protected readonly closingCheck = computed(() => closingProblem(this.closesAt(), new Date(), this.value().closesAtCustom));

  protected readonly busy = signal(false);
  /** The server's objections, by input name (already in words). */
  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly formError = signal<string | null>(null);

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(`${this.i18n.translate('decisions.new.title')} · ${this.i18n.translate('app.name')}`));
    // A changed field no longer carries the server's objection.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (Object.keys(this.serverErrors()).length) this.serverErrors.set({});
    });
  }

  protected setLabels(labels: string[]): void {
    this.labels.set(labels);
    this.serverErrors.update((errors) => ({ ...errors, options: undefined }));
  }

  protected submit(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const space = this.space();
    if (!space || this.busy()) return;
    const closesAt = this.closesAt();
    if (this.form.invalid || this.optionsCheck() || this.closingCheck() || !closesAt) {
      this.focusFirstError();
      return;
    }
    const v = this.form.getRawValue();
    const process = v.process;
    this.busy.set(true);
    this.formError.set(null);
    this.api
      .createProposal({
        spaceId: space.id,
        title: v.title.trim(),
        description: v.description,
        process,
        options: this.usesCustomOptions() ? this.labels().map((label) => label.trim()) : null,
        closesAt: closesAt.toISOString(),
        quorumPercent: v.quorumPercent,
        advisorUsernames: process === 'ADVICE' ? v.advisors : null,
        hideTally: v.hideTally,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ id }) => {
          this.busy.set(false);
          this.notifier.show('decisions.new.created', { title: v.title.trim() });
          void this.router.navigate(['/decisions', id]);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const refusal = writeRefusal(error);
          const field = refusal.field === 'closesAtCustom' ? 'closesAt' : refusal.field;
          if (field && (FIELDS as readonly string[]).includes(field)) {
            this.serverErrors.set({ [field as Field]: refusal.message });
            this.focusFirstError();
          } else {
            this.formError.set(refusal.code === ErrorCode.FORBIDDEN ? this.i18n.translate('decisions.new.forbidden') : refusal.message || this.i18n.translate('decisions.new.failed'));
          }
        },
      });
  }

  protected closingProblemKey(): string | null {
    const problem = this.closingCheck();
    return problem ? `decisions.form.closing.${problem}` : null;
  }

  private focusFirstError(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.focus());
  }
}
