import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseParts } from './data-source-options';
import { ReadReplicas } from './read-replicas';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({})
export class DatabaseModule {
  /** `url` is the resolved database URL (DATABASE_URL or the embedded one). */
  static forRoot(url: string, parts: DatabaseParts): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(url, config, parts),
        }),
      ],
      providers: [
        TransactionRunner,
        // DATABASE_REPLICA_URLS: pools of their own; without replicas it does nothing.
        { provide: ReadReplicas, inject: [DataSource, APP_CONFIG], useFactory: (primary: DataSource, config: AppConfig) => ReadReplicas.fromConfig(primary, config) },
      ],
      exports: [TransactionRunner, ReadReplicas],
    };
  }
}
