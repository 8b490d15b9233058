import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { switchMap } from 'rxjs';
import { LOADING, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { bucketRows, monthRows } from '../data-access/chart-data';
import { Clock } from '../data-access/clock';
import { DecisionsApi } from '../data-access/decisions.api';
import { formatRelative } from '../data-access/time-left';
import { ProposalCard } from '../ui/proposal-card';
import { StatsPanel } from '../ui/stats-panel';

type Within = 'any' | '24' | '168';

/**
 * `/decisions`: open decisions in every space the viewer can see, closing soonest first,
 * with filters (followed only, closing within 24 h / 7 days, one space), and the
 * statistics of the last twelve months as charts with table alternatives.
 */
@Component({
  selector: 'pnyx-open-decisions-page',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatSelectModule, MatSlideToggleModule, TranslatePipe, EmptyState, Loading, PageHeader, ProposalCard, StatsPanel],
  providers: [Clock],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-decisions.page.html',
  styleUrl: './open-decisions.page.scss',
})
export class OpenDecisionsPage {
  private readonly api = inject(DecisionsApi);
  private readonly i18n = inject(TranslationService);
  private readonly clock = inject(Clock);
  protected readonly now = this.clock.now;

  protected readonly followedOnly = signal(false);
  protected readonly within = signal<Within>('any');
  protected readonly spaceId = signal<string>('');

  protected readonly spaces = toSignal(this.api.spaces(), { initialValue: [] });
  private readonly filter = computed(() => ({
    followedOnly: this.followedOnly() || null,
    closingWithinHours: this.within() === 'any' ? null : Number(this.within()),
    spaceIds: this.spaceId() ? [this.spaceId()] : null,
  }));
  protected readonly openState = toSignal(toObservable(this.filter).pipe(switchMap((filter) => this.api.openDecisions(filter))), { initialValue: LOADING });
  protected readonly open = computed(() => {
    const state = this.openState();
    return state.status === 'ready' ? state.data.openDecisions : [];
  });
  protected readonly statsState = toSignal(
    toObservable(this.spaceId).pipe(switchMap((id) => this.api.stats(id ? [id] : null))),
    { initialValue: LOADING },
  );
  protected readonly stats = computed(() => {
    const state = this.statsState();
    if (state.status !== 'ready') return null;
    const stats = state.data.decisionStats;
    return { ...stats, months: monthRows(stats, this.now()), buckets: bucketRows(stats) };
  });
  protected readonly filtered = computed(() => this.followedOnly() || this.within() !== 'any' || !!this.spaceId());

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(`${this.i18n.translate('decisions.dashboard.title')} · ${this.i18n.translate('app.name')}`));
  }

  protected timeLeft(closesAt: string): string {
    return formatRelative(new Date(closesAt), this.now(), this.i18n.locale());
  }

  protected setWithin(value: unknown): void {
    if (value === 'any' || value === '24' || value === '168') this.within.set(value);
  }
}
