export * from './lib/job-queue';
export * from './lib/job-error';
export * from './lib/jobs.module';
