import { Global, Inject, Module, Optional, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '@pnyx/api/core/config';
import { CONNECTION_AUTHENTICATOR, OperationGuards, type ConnectionAuthenticator } from '@pnyx/api/core/graphql';
import { rateLimitGuard } from './rate-limit.guard';
import { createRateLimits, RateLimits } from './rate-limits';

/**
 * Provides `RateLimits` (counters through Redis when REDIS_URL is set, else in
 * this process) and adds the per-operation limit to the GraphQL operation guards.
 */
@Global()
@Module({
  providers: [{ provide: RateLimits, inject: [APP_CONFIG], useFactory: createRateLimits }],
  exports: [RateLimits],
})
export class RateLimitModule implements OnModuleInit {
  constructor(
    private readonly limits: RateLimits,
    private readonly guards: OperationGuards,
    @Optional() @Inject(CONNECTION_AUTHENTICATOR) private readonly authenticator?: ConnectionAuthenticator,
  ) {}

  onModuleInit(): void {
    this.guards.add(rateLimitGuard(this.limits, this.authenticator ?? null));
  }
}
