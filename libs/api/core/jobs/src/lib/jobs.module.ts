import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The background job queue (graphile-worker), one runner per process. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
