export * from './lib/dead-runners';
export * from './lib/job-queue';
export * from './lib/job-runner-heartbeat.entity';
export type { FailedJob, JobOptions, JobPayload } from './lib/job.repository';
export * from './lib/job-error';
export type { JobRunObserver, JobRunReport } from './lib/job-runs';
export * from './lib/jobs.module';
