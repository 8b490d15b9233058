/** The dashboard's statistics shaped for charts and for their table alternatives. */
export const OUTCOMES = ['ACCEPTED', 'REJECTED', 'NO_QUORUM'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface StatsInput {
  readonly perMonth: readonly { readonly month: string; readonly outcomes: readonly { readonly outcome: string; readonly count: number }[] }[];
  readonly participation: readonly { readonly fromPercent: number; readonly toPercent: number; readonly count: number }[];
  readonly medianHoursToDecision: number | null;
  readonly decided: number;
}

export interface MonthRow {
  /** YYYY-MM (UTC), as the API counts. */
  readonly month: string;
  readonly counts: Readonly<Record<Outcome, number>>;
  readonly total: number;
}

/** The last `count` months (UTC) up to the one `now` is in, oldest first: ["2025-04", …, "2026-03"]. */
export function lastMonths(now: Date, count = 12): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Decisions per month and outcome for the last 12 months, months without decisions as zeros. */
export function monthRows(stats: Pick<StatsInput, 'perMonth'>, now: Date): MonthRow[] {
  const given = new Map(stats.perMonth.map((m) => [m.month, m.outcomes]));
  return lastMonths(now).map((month) => {
    const counts = { ACCEPTED: 0, REJECTED: 0, NO_QUORUM: 0 };
    for (const { outcome, count } of given.get(month) ?? []) {
      if ((OUTCOMES as readonly string[]).includes(outcome)) counts[outcome as Outcome] += count;
    }
    return { month, counts, total: counts.ACCEPTED + counts.REJECTED + counts.NO_QUORUM };
  });
}

export interface BucketRow {
  readonly fromPercent: number;
  readonly toPercent: number;
  readonly count: number;
}

/** Ten participation buckets (0–10 % … 90–100 %), missing ones as zeros. */
export function bucketRows(stats: Pick<StatsInput, 'participation'>): BucketRow[] {
  const given = new Map(stats.participation.map((b) => [b.fromPercent, b.count]));
  return Array.from({ length: 10 }, (_, i) => ({ fromPercent: i * 10, toPercent: i * 10 + 10, count: given.get(i * 10) ?? 0 }));
}

/** A median duration as a figure people read: under an hour, in hours under 48, otherwise in days (one decimal). */
export function medianFigure(hours: number | null): { readonly value: number; readonly unit: 'underHour' | 'hours' | 'days' } | null {
  if (hours === null || !Number.isFinite(hours) || hours < 0) return null;
  if (hours < 1) return { value: 1, unit: 'underHour' };
  if (hours < 48) return { value: Math.round(hours * 10) / 10, unit: 'hours' };
  return { value: Math.round((hours / 24) * 10) / 10, unit: 'days' };
}

/** Month label for a chart axis in the user's language: "2026-03" → "Mar 2026" / "März 2026". */
export function monthLabel(month: string, locale: string): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, mon - 1, 1)));
}

/** Colours per outcome (WCAG AA against white for the bars' edges and the legend). */
export const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = {
  ACCEPTED: '#2e7d32',
  REJECTED: '#c62828',
  NO_QUORUM: '#6d6d6d',
};

/** chart.js data for the stacked bars "decisions per month by outcome". */
export function monthChartData(rows: readonly MonthRow[], labels: { month: (m: string) => string; outcome: (o: Outcome) => string }) {
  return {
    labels: rows.map((row) => labels.month(row.month)),
    datasets: OUTCOMES.map((outcome) => ({
      label: labels.outcome(outcome),
      data: rows.map((row) => row.counts[outcome]),
      backgroundColor: OUTCOME_COLOURS[outcome],
      stack: 'outcomes',
    })),
  };
}

/** chart.js data for the bars "participation distribution". */
export function participationChartData(rows: readonly BucketRow[], label: string) {
  return {
    labels: rows.map((row) => `${row.fromPercent}–${row.toPercent} %`),
    datasets: [{ label, data: rows.map((row) => row.count), backgroundColor: '#3f5f90' }],
  };
}
