export * from './lib/error-codes';
export * from './lib/roles';
export * from './lib/global-id';
export * from './lib/events';
export * from './lib/space-rules';
