import type { DataSource, Migration } from 'typeorm';

/** Any fixed number: the advisory lock that lets one replica migrate at a time. */
const MIGRATION_LOCK = 7_240_001;

/** Applies pending migrations, one process at a time across replicas. */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
