import { Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReadReplicas } from './read-replicas';

/** The handle a use case passes to each repository call inside its transaction. */
export type Tx = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly replicas?: ReadReplicas,
  ) {}

  /** Runs `work` in one transaction; everything it writes commits or rolls back together. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Outside a transaction, for reads: the primary's plain manager, or — in an
   * HTTP GraphQL query, with DATABASE_REPLICA_URLS set — one that reads from
   * a replica which has replayed the user's last commit (read-replicas.ts).
   */
  get reader(): Tx {
    return this.replicas?.enabled ? this.replicas.reader() : this.dataSource.manager;
  }
}
