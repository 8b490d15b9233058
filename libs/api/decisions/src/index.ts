export * from './lib/decisions.exception';
export * from './lib/decisions.module';
export * from './lib/decisions.policy';
