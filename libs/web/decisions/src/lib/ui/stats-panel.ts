import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { type BucketRow, type MonthRow, OUTCOMES, type Outcome, medianFigure, monthChartData, monthLabel, participationChartData } from '../data-access/chart-data';
import { DecisionChart } from './decision-chart';

type TableId = 'months' | 'participation';

/**
 * The dashboard's statistics: decisions per month by outcome (stacked bars), the median
 * time to a decision (a figure) and the participation distribution (bars). Each chart has
 * its data as a real table: read by screen readers always, shown on request.
 */
@Component({
  selector: 'pnyx-stats-panel',
  imports: [MatButtonModule, TranslatePipe, DecisionChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="figures">
      <figure class="card median" data-testid="median-figure">
        <figcaption class="caption">{{ 'decisions.stats.median' | t }}</figcaption>
        @if (median(); as m) {
          <p class="big">{{ 'decisions.stats.median.' + m.unit | t: { count: m.value, value: formatNumber(m.value) } }}</p>
        } @else {
          <p class="big none">{{ 'decisions.stats.median.none' | t }}</p>
        }
        <p class="small">{{ 'decisions.stats.decided' | t: { count: decided() } }}</p>
      </figure>

      <figure class="card wide" aria-labelledby="chart-months-caption">
        <div class="head">
          <figcaption class="caption" id="chart-months-caption">{{ 'decisions.stats.perMonth' | t }}</figcaption>
          <button mat-button type="button" aria-controls="table-months" [attr.aria-expanded]="shown() === 'months'" (click)="toggle('months')" data-testid="toggle-months-table">
            {{ (shown() === 'months' ? 'decisions.stats.hideTable' : 'decisions.stats.showTable') | t }}
          </button>
        </div>
        <pnyx-decision-chart [config]="monthConfig()" [label]="monthSummary()" />
        <div [class.table-wrap]="shown() === 'months'" [class.visually-hidden]="shown() !== 'months'">
          <table id="table-months" data-testid="months-table">
            <caption>{{ 'decisions.stats.perMonth.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'decisions.stats.month' | t }}</th>
                @for (outcome of outcomes; track outcome) {
                  <th scope="col">{{ 'decisions.outcome.' + outcome | t }}</th>
                }
                <th scope="col">{{ 'decisions.stats.total' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of months(); track row.month) {
                <tr [attr.data-month]="row.month">
                  <th scope="row">{{ monthName(row.month) }}</th>
                  @for (outcome of outcomes; track outcome) {
                    <td [attr.data-outcome]="outcome">{{ row.counts[outcome] }}</td>
                  }
                  <td>{{ row.total }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </figure>

      <figure class="card wide" aria-labelledby="chart-participation-caption">
        <div class="head">
          <figcaption class="caption" id="chart-participation-caption">{{ 'decisions.stats.participation' | t }}</figcaption>
          <button mat-button type="button" aria-controls="table-participation" [attr.aria-expanded]="shown() === 'participation'" (click)="toggle('participation')">
            {{ (shown() === 'participation' ? 'decisions.stats.hideTable' : 'decisions.stats.showTable') | t }}
          </button>
        </div>
        <pnyx-decision-chart [config]="participationConfig()" [label]="participationSummary()" />
        <div [class.table-wrap]="shown() === 'participation'" [class.visually-hidden]="shown() !== 'participation'">
          <table id="table-participation">
            <caption>{{ 'decisions.stats.participation.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'decisions.stats.participationRange' | t }}</th>
                <th scope="col">{{ 'decisions.stats.decisions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of buckets(); track row.fromPercent) {
                <tr>
                  <th scope="row">{{ row.fromPercent }}–{{ row.toPercent }} %</th>
                  <td>{{ row.count }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </figure>
    </div>
  `,
  styles: `
    :host { display: block; }
    .figures { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; gap: 16px; }
    .card { margin: 0; padding: 16px; border-radius: var(--mat-sys-corner-medium); border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-lowest); min-width: 0; }
    .wide { grid-column: span 1; }
    .median { grid-column: 1 / -1; display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 24px; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
    .caption { font: var(--mat-sys-title-medium); }
    .big { margin: 0; font: var(--mat-sys-display-small); color: var(--mat-sys-primary); }
    .big.none { font: var(--mat-sys-title-large); color: var(--mat-sys-on-surface-variant); }
    .small { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .table-wrap { margin-top: 12px; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font: var(--mat-sys-body-medium); }
    caption { text-align: left; font: var(--mat-sys-title-small); margin-bottom: 6px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: right; }
    th[scope='row'], thead th:first-child { text-align: left; }
    @media (max-width: 959.98px) { .figures { grid-template-columns: minmax(0, 1fr); } }
  `,
})
export class StatsPanel {
  readonly months = input.required<readonly MonthRow[]>();
  readonly buckets = input.required<readonly BucketRow[]>();
  readonly medianHours = input<number | null>(null);
  readonly decided = input(0);

  private readonly i18n = inject(TranslationService);
  protected readonly outcomes = OUTCOMES;
  protected readonly shown = signal<TableId | null>(null);
  protected readonly median = computed(() => medianFigure(this.medianHours()));

  protected readonly monthConfig = computed((): ChartConfiguration => {
    const locale = this.i18n.locale();
    const data = monthChartData(this.months(), {
      month: (m) => monthLabel(m, locale),
      outcome: (o: Outcome) => this.i18n.translate(`decisions.outcome.${o}`),
    });
    return {
      type: 'bar',
      data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  });

  protected readonly participationConfig = computed((): ChartConfiguration => ({
    type: 'bar',
    data: participationChartData(this.buckets(), this.i18n.translate('decisions.stats.decisions')),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } },
    },
  }));

  protected readonly monthSummary = computed(() => {
    const totals = { ACCEPTED: 0, REJECTED: 0, NO_QUORUM: 0 };
    for (const row of this.months()) for (const o of OUTCOMES) totals[o] += row.counts[o];
    return this.i18n.translate('decisions.stats.perMonth.summary', { accepted: totals.ACCEPTED, rejected: totals.REJECTED, noQuorum: totals.NO_QUORUM });
  });

  protected readonly participationSummary = computed(() => this.i18n.translate('decisions.stats.participation.summary', { count: this.decided() }));

  protected toggle(table: TableId): void {
    this.shown.update((current) => (current === table ? null : table));
  }

  protected monthName(month: string): string {
    return monthLabel(month, this.i18n.locale());
  }

  protected formatNumber(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value);
  }
}
