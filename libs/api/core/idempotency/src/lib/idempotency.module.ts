import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { idempotencyMiddleware } from './idempotency-context';
import { IdempotencyCleanup } from './idempotency-cleanup';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { IdempotencyPlugin } from './idempotency.plugin';
import { IdempotencySubscriber } from './idempotency.subscriber';

/**
 * Idempotency-Key on GraphQL mutations over HTTP: retries of a mutation
 * that committed get its stored response instead of a second write. The
 * pieces: a middleware for POST /graphql (the per-request store), an Apollo
 * plugin (decide, replay, store the response), a TypeORM subscriber (the key
 * commits with the write) and the daily cleanup. Importing the module is all
 * the wiring there is.
 */
@Module({ providers: [IdempotencyKeyRepository, IdempotencySubscriber, IdempotencyPlugin, IdempotencyCleanup] })
export class IdempotencyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(idempotencyMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
