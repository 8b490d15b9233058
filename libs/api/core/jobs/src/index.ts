export * from './lib/job-queue';
export type { FailedJob, JobOptions, JobPayload } from './lib/job.repository';
export * from './lib/job-error';
export * from './lib/jobs.module';
