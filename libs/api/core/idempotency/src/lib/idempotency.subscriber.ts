import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import { currentIdempotentRequest } from './idempotency-context';
import { IdempotencyException } from './idempotency.exception';
import { IdempotencyKeyRepository } from './idempotency-key.repository';

/** 1 in the outermost transaction, more inside savepoints (TypeORM keeps the count protected). */
function depth(event: TransactionCommitEvent): number | undefined {
  return (event.queryRunner as unknown as { transactionDepth?: number }).transactionDepth;
}

/**
 * Writes a mutation's Idempotency-Key in the mutation's own transaction,
 * just before it commits: the write and the key commit together or not at
 * all, so a retry can never find the write without the key (and write it
 * again), nor the key without the write. Only the first outermost
 * transaction to commit in the request carries it. When another request
 * holds the key, this transaction is rolled back with CONFLICT (same
 * request) or BAD_USER_INPUT (a different one) — never a second write.
 *
 * Registered on the data source at start (the NestJS way for subscribers
 * that need injection), so the database library does not depend on this one.
 */
@Injectable()
export class IdempotencySubscriber implements EntitySubscriberInterface, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: IdempotencyKeyRepository,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const request = currentIdempotentRequest();
    const claim = request?.claim;
    if (!request || !claim || request.recorded || request.pending || depth(event) !== 1) return;
    request.pending = event.queryRunner;
    try {
      if (await this.keys.insertIn(event.manager, claim)) return;
      const taken = await this.keys.fingerprintIn(event.manager, claim);
      throw taken === claim.fingerprint ? IdempotencyException.inProgressOrDone() : IdempotencyException.differentRequest();
    } catch (error) {
      request.pending = null;
      throw error;
    }
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const request = currentIdempotentRequest();
    if (request?.pending !== event.queryRunner) return;
    request.pending = null;
    request.recorded = true;
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const request = currentIdempotentRequest();
    if (request?.pending === event.queryRunner) request.pending = null;
  }
}
