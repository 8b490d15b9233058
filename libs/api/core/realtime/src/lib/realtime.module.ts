import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { LocalPubSub } from './local-pub-sub';
import { PubSub } from './pub-sub';
import { RedisPubSub } from './redis-pub-sub';

/**
 * Redis channels are named after the database: replicas of one deployment
 * share a database and so a channel, while other deployments and test runs
 * on the same Redis (each with its own database) never see each other's.
 */
export function channelPrefix(config: Pick<AppConfig, 'databaseUrl'>): string {
  if (!config.databaseUrl) return 'pnyx:embedded:';
  const database = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  return `pnyx:${database || 'default'}:`;
}

export function createPubSub(config: Pick<AppConfig, 'redisUrl' | 'databaseUrl'>): PubSub {
  return config.redisUrl ? new RedisPubSub(config.redisUrl, channelPrefix(config)) : new LocalPubSub();
}

/** Provides `PubSub`: through Redis when REDIS_URL is set, else in-process. */
@Global()
@Module({
  providers: [{ provide: PubSub, inject: [APP_CONFIG], useFactory: createPubSub }],
  exports: [PubSub],
})
export class RealtimeModule {}
