import { Injectable } from '@nestjs/common';
import type { DomainEventOf, DomainEventType } from '@pnyx/shared/contracts';
import type { UseCase } from './unit-of-work';

/** Runs inside the recording transaction: a failure rolls the use case back. */
export type TransactionalListener = (uc: UseCase, event: DomainEventOf<DomainEventType>) => Promise<void>;

/**
 * Listeners that must write in the same transaction as the event (the audit
 * log of regulated writes). Everything else reacts after commit, from the
 * outbox, through the job queue.
 */
@Injectable()
export class TransactionalListeners {
  private readonly listeners: TransactionalListener[] = [];

  add(listener: TransactionalListener): void {
    this.listeners.push(listener);
  }

  async dispatch(uc: UseCase, event: DomainEventOf<DomainEventType>): Promise<void> {
    for (const listener of this.listeners) await listener(uc, event);
  }
}
