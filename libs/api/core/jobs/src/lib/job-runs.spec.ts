import { describe, expect, it } from 'vitest';
import { observedRun, type JobRunReport } from './job-runs';

describe('observedRun', () => {
  it('reports a successful run as ok, with its duration', async () => {
    const runs: JobRunReport[] = [];
    await observedRun('digest', false, [(run) => runs.push(run)], async () => undefined);
    expect(runs).toEqual([{ task: 'digest', outcome: 'ok', seconds: expect.any(Number) }]);
    expect(runs[0].seconds).toBeGreaterThanOrEqual(0);
  });

  it('reports a failing run as error, or failed on its last attempt, and rethrows what it threw', async () => {
    const runs: JobRunReport[] = [];
    const boom = new Error('boom');
    await expect(observedRun('reminder', false, [(run) => runs.push(run)], () => Promise.reject(boom))).rejects.toBe(boom);
    await expect(observedRun('reminder', true, [(run) => runs.push(run)], () => { throw boom; })).rejects.toBe(boom);
    expect(runs.map((r) => r.outcome)).toEqual(['error', 'failed']);
  });

  it('is not disturbed by an observer that throws', async () => {
    const runs: JobRunReport[] = [];
    const observers = [() => { throw new Error('observer bug'); }, (run: JobRunReport) => runs.push(run)];
    await expect(observedRun('digest', false, observers, () => undefined)).resolves.toBeUndefined();
    expect(runs).toHaveLength(1);
  });
});
