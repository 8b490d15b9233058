import 'reflect-metadata';
import { loadConfig } from '@pnyx/api/core/config';
import { dataSourceOptions } from '@pnyx/api/core/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from './app/entities';
import { MIGRATIONS } from './migrations';

/**
 * For the TypeORM CLI only (migration:generate / migration:show), run through
 * tools/db. Points at DATABASE_URL.
 */
const config = loadConfig(process.env);
if (!config.databaseUrl) throw new Error('Set DATABASE_URL to the database to compare the entities with');
export default new DataSource(dataSourceOptions(config.databaseUrl, config, { entities: ENTITIES, migrations: MIGRATIONS }));
