import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IDENTITY_PROVIDER_ENTITIES } from '../persistence/identity-provider.entities';

const SERVER = { host: '127.0.0.1', port: 5432, user: 'postgres' } as const;

export interface TestDatabase {
  readonly name: string;
  /** A new DataSource on the database (schema synchronised), e.g. for a second "process". */
  connect(): Promise<DataSource>;
  /** Destroys all DataSources created by `connect` and drops the database. */
  drop(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ ...SERVER, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throwaway database on the local PostgreSQL (trust auth), dropped after the tests. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `pnyx_idp_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const dataSources: DataSource[] = [];
  return {
    name,
    async connect() {
      const dataSource = new DataSource({
        type: 'postgres',
        host: SERVER.host,
        port: SERVER.port,
        username: SERVER.user,
        database: name,
        entities: IDENTITY_PROVIDER_ENTITIES,
        // Allowed only here: a throwaway test database.
        synchronize: dataSources.length === 0,
      });
      await dataSource.initialize();
      dataSources.push(dataSource);
      return dataSource;
    },
    async drop() {
      await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
