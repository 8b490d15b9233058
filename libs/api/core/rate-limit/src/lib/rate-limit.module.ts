import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '@pnyx/api/core/config';
import { createRateLimits, RateLimits } from './rate-limits';

/** Provides `RateLimits`: counters through Redis when REDIS_URL is set, else in this process. */
@Global()
@Module({
  providers: [{ provide: RateLimits, inject: [APP_CONFIG], useFactory: createRateLimits }],
  exports: [RateLimits],
})
export class RateLimitModule {}
