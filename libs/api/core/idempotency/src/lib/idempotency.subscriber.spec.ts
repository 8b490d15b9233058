import { DomainException } from '@pnyx/api/core/graphql';
import type { DataSource, QueryRunner } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import { describe, expect, it } from 'vitest';
import { runIdempotent, type IdempotentRequest, type KeyClaim } from './idempotency-context';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { IdempotencySubscriber } from './idempotency.subscriber';

const claim: KeyClaim = { userId: 'u1', key: 'k1', fingerprint: 'f1' };

/** A repository whose insert answers `taken` (null: the insert wins). */
class FakeKeys extends IdempotencyKeyRepository {
  inserts = 0;
  constructor(private readonly taken: string | null) {
    super(null as unknown as DataSource);
  }
  override async insertIn(): Promise<boolean> {
    this.inserts++;
    return this.taken === null;
  }
  override async fingerprintIn(): Promise<string | null> {
    return this.taken;
  }
}

const dataSource = { subscribers: [] } as unknown as DataSource;
const runner = (transactionDepth = 1) => ({ transactionDepth }) as unknown as QueryRunner;
const commit = (queryRunner: QueryRunner) => ({ queryRunner, manager: {} }) as unknown as TransactionCommitEvent;
const request = (withClaim: KeyClaim | null = claim): IdempotentRequest => ({ header: 'k1', claim: withClaim, pending: null, recorded: false });

/** Commits one transaction on `queryRunner` as TypeORM does: before, then after (or the rollback hook when before threw). */
async function commitOn(subscriber: IdempotencySubscriber, queryRunner: QueryRunner): Promise<void> {
  try {
    await subscriber.beforeTransactionCommit(commit(queryRunner));
  } catch (error) {
    subscriber.afterTransactionRollback(commit(queryRunner));
    throw error;
  }
  subscriber.afterTransactionCommit(commit(queryRunner));
}

describe('IdempotencySubscriber', () => {
  it('writes the key with the first committing outermost transaction only', async () => {
    const keys = new FakeKeys(null);
    const subscriber = new IdempotencySubscriber(dataSource, keys);
    const state = request();
    await runIdempotent(state, async () => {
      await commitOn(subscriber, runner(2)); // a savepoint: not the commit that counts
      expect(keys.inserts).toBe(0);
      await commitOn(subscriber, runner());
      await commitOn(subscriber, runner()); // later transactions of the request (the relay) carry nothing
    });
    expect(keys.inserts).toBe(1);
    expect(state).toMatchObject({ recorded: true, pending: null });
  });

  it('does nothing outside a keyed request, or before the plugin claimed the key', async () => {
    const keys = new FakeKeys(null);
    const subscriber = new IdempotencySubscriber(dataSource, keys);
    await commitOn(subscriber, runner());
    const state = request(null);
    await runIdempotent(state, () => commitOn(subscriber, runner()));
    expect(keys.inserts).toBe(0);
    expect(state.recorded).toBe(false);
  });

  it.each([
    ['the same request', 'f1', 'CONFLICT'],
    ['a different request', 'other', 'BAD_USER_INPUT'],
  ])('refuses the commit when %s holds the key (%s), and records nothing', async (_name, taken, code) => {
    const subscriber = new IdempotencySubscriber(dataSource, new FakeKeys(taken));
    const state = request();
    const refused = runIdempotent(state, () => commitOn(subscriber, runner()));
    await expect(refused).rejects.toBeInstanceOf(DomainException);
    await expect(refused).rejects.toMatchObject({ code, details: { field: 'Idempotency-Key' } });
    expect(state).toMatchObject({ recorded: false, pending: null });
  });

  it('registers itself on the data source once', () => {
    const source = { subscribers: [] } as unknown as DataSource;
    const subscriber = new IdempotencySubscriber(source, new FakeKeys(null));
    subscriber.onModuleInit();
    subscriber.onModuleInit();
    expect(source.subscribers).toEqual([subscriber]);
  });
});
