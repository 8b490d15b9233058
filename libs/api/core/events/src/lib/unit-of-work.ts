import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { outsideStatementCount, type Tx } from '@pnyx/api/core/database';
import type { AuthUser } from '@pnyx/api/core/graphql';
import type { DomainEventOf, DomainEventType } from '@pnyx/shared/contracts';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { TransactionalListeners } from './transactional-listeners';

/**
 * One running use case: its transaction, the viewer it runs for, and the
 * events it records. Repositories take `uc.tx`.
 */
export interface UseCase {
  readonly tx: Tx;
  /** Who acts; recorded as each event's actor. Null for system work (jobs, seeds). */
  readonly viewer: AuthUser | null;
  /** Records a domain event in this transaction (the outbox); in-transaction listeners (audit) run now. */
  record<K extends DomainEventType>(event: DomainEventOf<K>): Promise<void>;
  /** Runs `fn` once the transaction has committed (never after a rollback). */
  afterCommit(fn: () => void): void;
}

/**
 * The one way to write a state-changing use case:
 *
 *     return this.uow.run(user, async (uc) => {
 *       const page = await this.access.requireEditable(uc, id);   // policy guards the write
 *       await this.pages.update(uc.tx, …);                        // repositories take uc.tx
 *       await uc.record({ type: 'page.updated', … });             // typed event, same transaction
 *       return page;
 *     });
 *
 * Everything commits or rolls back together; audit rows for regulated events
 * are written by the audit module's listener in the same transaction; once
 * committed, the recorded events go to the relay without the caller asking.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly listeners: TransactionalListeners,
  ) {}

  async run<T>(viewer: AuthUser | null, work: (uc: UseCase) => Promise<T>): Promise<T> {
    const after: (() => void)[] = [];
    let recorded = 0;
    const result = await this.dataSource.transaction(async (tx) => {
      const uc: UseCase = {
        tx,
        viewer,
        record: async (event) => {
          await this.outbox.record(tx, { ...event, actorId: viewer?.id ?? null });
          recorded++;
          await this.listeners.dispatch(uc, event);
        },
        afterCommit: (fn) => after.push(fn),
      };
      return work(uc);
    });
    // The relay's work is not the request's: keep it out of the request's statement count.
    if (recorded) outsideStatementCount(() => this.relay.nudge());
    for (const fn of after) fn();
    return result;
  }
}
