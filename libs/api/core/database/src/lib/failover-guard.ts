import { EventSubscriber, type EntitySubscriberInterface } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

/** SQLSTATE 25006: read_only_sql_transaction — we are talking to a demoted primary. */
export const READ_ONLY_SQL_TRANSACTION = '25006';

interface PoolClientLike {
  _poolUseCount?: number;
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  const code = driverError?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * After a failover the old primary answers writes with 25006 until the pool
 * reconnects. pg-pool discards a client on release once its use count reaches
 * `maxUses`, so a connection that saw 25006 is retired when its transaction
 * ends, and the next checkout opens a fresh connection (to the new primary).
 */
@EventSubscriber()
export class FailoverGuard implements EntitySubscriberInterface {
  retired = 0;

  afterQuery(event: AfterQueryEvent): void {
    if (event.success || sqlState(event.error) !== READ_ONLY_SQL_TRANSACTION) return;
    const connection = (event.queryRunner as unknown as { databaseConnection?: PoolClientLike }).databaseConnection;
    if (!connection) return;
    connection._poolUseCount = Number.POSITIVE_INFINITY;
    this.retired++;
  }
}
