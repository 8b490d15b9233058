import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The handle a use case passes to each repository call inside its transaction. */
export type Tx = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; everything it writes commits or rolls back together. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Outside a transaction: the plain manager, for reads. */
  get reader(): Tx {
    return this.dataSource.manager;
  }
}
