import type { AppConfig } from '@pnyx/api/core/config';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { CommitPositions } from './commit-positions';
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
    subscribers: [FailoverGuard, StatementCounter, CommitPositions],
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

/**
 * A read replica's pool: the primary's settings, no entities (nothing to
 * check or install on a read-only server), only the statement counter, and
 * its own application_name (`pnyx-api-replica-1`), so pg_stat_activity tells
 * the pools apart. A replica that is down answers quickly: connects give up
 * after at most 2 s, and its reads go to the primary meanwhile.
 */
export function replicaDataSourceOptions(url: string, config: Pick<AppConfig, 'db'>, name: string): DataSourceOptions {
  const primary = dataSourceOptions(url, config, { entities: [], migrations: [] });
  return {
    ...primary,
    subscribers: [StatementCounter],
    applicationName: `pnyx-api-${name}`,
    connectTimeoutMS: Math.min(config.db.connectTimeoutMs, 2_000),
  } as DataSourceOptions;
}
