export * from './lib/embedded-postgres';
export * from './lib/failover-guard';
export * from './lib/data-source-options';
export * from './lib/migrate';
export * from './lib/database.module';
export * from './lib/transaction-runner';
export * from './lib/json';
export * from './lib/sql';
