/** One finished run of a job: 'failed' when it was the last attempt (the job is kept as permanently failed). */
export interface JobRunReport {
  task: string;
  outcome: 'ok' | 'error' | 'failed';
  seconds: number;
}

/** Told of every job run of this process (metrics in core/observability watch the scheduler through it); must not throw. */
export type JobRunObserver = (run: JobRunReport) => void;

/**
 * Runs one attempt of a job and tells `observers` how it went and how long it
 * took; the attempt's result or error passes through unchanged.
 */
export async function observedRun(
  task: string,
  lastAttempt: boolean,
  observers: readonly JobRunObserver[],
  attempt: () => Promise<void> | void,
): Promise<void> {
  const started = performance.now();
  let outcome: JobRunReport['outcome'] = 'ok';
  try {
    await attempt();
  } catch (error) {
    outcome = lastAttempt ? 'failed' : 'error';
    throw error;
  } finally {
    const report = { task, outcome, seconds: (performance.now() - started) / 1000 };
    for (const observe of observers) {
      try {
        observe(report);
      } catch {
        // Observing never changes a job's outcome.
      }
    }
  }
}
