import { Counter, Histogram, type Registry } from 'prom-client';

/** A finished job run as the job queue reports it (JobRunReport in core/jobs). */
export interface JobRun {
  task: string;
  outcome: string;
  seconds: number;
}

/**
 * `pnyx_job_runs_total{task,outcome}` and `pnyx_job_run_duration_seconds{task}`
 * for every graphile-worker task this process runs. Task names are defined
 * in code, so the labels stay bounded.
 */
export class JobMetrics {
  private readonly runs: Counter<'task' | 'outcome'>;
  private readonly duration: Histogram<'task'>;

  constructor(registry: Registry) {
    this.runs = new Counter({
      name: 'pnyx_job_runs_total',
      help: 'Job runs by task and outcome (ok; error: will be retried; failed: last attempt)',
      labelNames: ['task', 'outcome'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'pnyx_job_run_duration_seconds',
      help: 'Job run duration by task',
      labelNames: ['task'] as const,
      buckets: [0.005, 0.025, 0.1, 0.5, 1, 2.5, 10, 30, 120],
      registers: [registry],
    });
  }

  /** Counts one run (the queue's observer). */
  readonly observe = (run: JobRun): void => {
    this.runs.inc({ task: run.task, outcome: run.outcome });
    this.duration.observe({ task: run.task }, run.seconds);
  };
}
