import { describe, expect, it } from 'vitest';
import { bucketRows, lastMonths, medianFigure, monthChartData, monthLabel, monthRows, participationChartData } from './chart-data';

const now = new Date(Date.UTC(2026, 2, 15, 12)); // 15 March 2026

describe('lastMonths', () => {
  it('lists twelve months up to the current one, across a year boundary', () => {
    const months = lastMonths(now);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-04');
    expect(months.at(-1)).toBe('2026-03');
    expect(lastMonths(new Date(Date.UTC(2026, 0, 31, 23)), 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('monthRows', () => {
  it('fills missing months and outcomes with zeros and totals each month', () => {
    const rows = monthRows(
      {
        perMonth: [
          { month: '2026-03', outcomes: [{ outcome: 'REJECTED', count: 1 }, { outcome: 'ACCEPTED', count: 2 }] },
          { month: '2025-12', outcomes: [{ outcome: 'NO_QUORUM', count: 1 }] },
          { month: '2024-01', outcomes: [{ outcome: 'ACCEPTED', count: 9 }] },
        ],
      },
      now,
    );
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toEqual({ month: '2026-03', counts: { ACCEPTED: 2, REJECTED: 1, NO_QUORUM: 0 }, total: 3 });
    expect(rows.find((r) => r.month === '2025-12')?.counts).toEqual({ ACCEPTED: 0, REJECTED: 0, NO_QUORUM: 1 });
    expect(rows.find((r) => r.month === '2025-05')?.total).toBe(0);
    expect(rows.some((r) => r.month === '2024-01')).toBe(false);
  });
});

describe('bucketRows', () => {
  it('always gives ten buckets, the last up to 100 %', () => {
    const rows = bucketRows({ participation: [{ fromPercent: 60, toPercent: 70, count: 1 }, { fromPercent: 90, toPercent: 100, count: 4 }] });
    expect(rows).toHaveLength(10);
    expect(rows[6]).toEqual({ fromPercent: 60, toPercent: 70, count: 1 });
    expect(rows[9]).toEqual({ fromPercent: 90, toPercent: 100, count: 4 });
    expect(rows[0].count).toBe(0);
  });
});

describe('medianFigure', () => {
  it.each([
    [null, null],
    [Number.NaN, null],
    [-1, null],
    [0, { value: 1, unit: 'underHour' }],
    [0.9, { value: 1, unit: 'underHour' }],
    [1, { value: 1, unit: 'hours' }],
    [5.25, { value: 5.3, unit: 'hours' }],
    [47.9, { value: 47.9, unit: 'hours' }],
    [48, { value: 2, unit: 'days' }],
    [100, { value: 4.2, unit: 'days' }],
  ])('%s hours → %j', (hours, figure) => {
    expect(medianFigure(hours)).toEqual(figure);
  });
});

describe('chart data', () => {
  it('stacks one dataset per outcome over the months', () => {
    const rows = monthRows({ perMonth: [{ month: '2026-03', outcomes: [{ outcome: 'REJECTED', count: 1 }] }] }, now);
    const data = monthChartData(rows, { month: (m) => m, outcome: (o) => o.toLowerCase() });
    expect(data.labels).toHaveLength(12);
    expect(data.datasets.map((d) => d.label)).toEqual(['accepted', 'rejected', 'no_quorum']);
    expect(data.datasets[1].data.at(-1)).toBe(1);
    expect(new Set(data.datasets.map((d) => d.stack))).toEqual(new Set(['outcomes']));
  });

  it('labels participation buckets by percent', () => {
    const data = participationChartData(bucketRows({ participation: [] }), 'Decisions');
    expect(data.labels[0]).toBe('0–10 %');
    expect(data.labels[9]).toBe('90–100 %');
    expect(data.datasets[0].data).toEqual(Array(10).fill(0));
  });

  it('names months in the user language', () => {
    expect(monthLabel('2026-03', 'en-GB')).toBe('Mar 2026');
    expect(monthLabel('2026-03', 'de-DE')).toMatch(/^März 2026$/);
    expect(monthLabel('bad', 'en-GB')).toBe('bad');
  });
});
