export * from './lib/realtime-message';
export * from './lib/push-iterator';
export * from './lib/pub-sub';
export * from './lib/local-pub-sub';
export * from './lib/redis-pub-sub';
export * from './lib/realtime.module';
export * from './lib/resync';
export * from './lib/sequence-gaps';
