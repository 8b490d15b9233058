import type { AppConfig } from '@pnyx/api/core/config';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { FailoverGuard } from './failover-guard';
import { StatementCounter } from './statement-count';

// TypeORM option types use Function in these lists.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassList = MixedList<Function>;

export interface DatabaseParts {
  entities: ClassList;
  migrations: ClassList;
}

/**
 * Pool settings that never hang and never crash: a connect timeout, a
 * statement timeout, a bound on idle transactions, connection recycling, and
 * the failover guard. Migrations are run explicitly (see runMigrations).
 */
export function dataSourceOptions(url: string, config: Pick<AppConfig, 'db'>, parts: DatabaseParts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    subscribers: [FailoverGuard, StatementCounter],
    synchronize: false,
    migrationsRun: false,
    poolSize: config.db.poolSize,
    connectTimeoutMS: config.db.connectTimeoutMs,
    applicationName: 'pnyx-api',
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite, which has no uuid-ossp).
    uuidExtension: 'pgcrypto',
    extra: {
      statement_timeout: config.db.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
      idleTimeoutMillis: 30_000,
      maxLifetimeSeconds: 900,
      keepAlive: true,
    },
  };
}
