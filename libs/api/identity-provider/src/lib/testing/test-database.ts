import 'reflect-metadata';
import { createFreshDatabase } from '@pnyx/api/core/testing';
import { DataSource } from 'typeorm';
import { IDENTITY_PROVIDER_ENTITIES } from '../persistence/identity-provider.entities';

export interface TestDatabase {
  readonly name: string;
  /** A new DataSource on the database (schema synchronised), e.g. for a second "process". */
  connect(): Promise<DataSource>;
  /** Destroys all DataSources created by `connect` and drops the database. */
  drop(): Promise<void>;
}

/** A throwaway database on the local PostgreSQL, dropped after the tests. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = await createFreshDatabase('pnyx_idp');
  const name = database.name;
  const dataSources: DataSource[] = [];
  return {
    name,
    async connect() {
      const dataSource = new DataSource({
        type: 'postgres',
        url: database.url,
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
      await database.drop();
    },
  };
}
