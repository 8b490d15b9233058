import { loadConfig } from '@pnyx/api/core/config';
import { dataSourceOptions, FailoverGuard } from '@pnyx/api/core/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

describe('database pool', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = loadConfig({ DB_POOL_SIZE: '1', DB_STATEMENT_TIMEOUT_MS: '300', DB_CONNECT_TIMEOUT_MS: '500' });
    dataSource = new DataSource(dataSourceOptions(inject('databaseUrl'), config, { entities: [], migrations: [] }));
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE IF NOT EXISTS pool_probe (n int)');
  });
  afterAll(() => dataSource?.destroy());

  it('cancels a statement that runs past the statement timeout', async () => {
    await expect(dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    await expect(dataSource.query('SELECT 1 AS ok')).resolves.toEqual([{ ok: 1 }]);
  });

  it('replaces a connection that answers 25006 (read-only after a failover) instead of failing every write', async () => {
    // With a pool of one, make its only connection behave like a demoted primary.
    await dataSource.query('SET default_transaction_read_only = on');
    await expect(dataSource.query('INSERT INTO pool_probe VALUES (1)')).rejects.toThrow(/read-only transaction/);
    const guard = dataSource.subscribers.find((s) => s instanceof FailoverGuard) as FailoverGuard;
    expect(guard.retired).toBe(1);
    // The next write gets a fresh connection, where the session setting is gone.
    await expect(dataSource.query('INSERT INTO pool_probe VALUES (2)')).resolves.toBeDefined();
    const rows = await dataSource.query('SELECT n FROM pool_probe ORDER BY n');
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('gives up connecting after the connect timeout instead of hanging', async () => {
    const config = loadConfig({ DB_CONNECT_TIMEOUT_MS: '300' });
    // A non-routable address: the connection attempt can only time out.
    const unreachable = new DataSource(dataSourceOptions('postgres://postgres@10.255.255.1:5432/postgres', config, { entities: [], migrations: [] }));
    const started = Date.now();
    await expect(unreachable.initialize()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
