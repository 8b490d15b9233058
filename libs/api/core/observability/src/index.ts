export * from './lib/request-context';
export * from './lib/json-logger';
export * from './lib/metrics';
export * from './lib/health.controller';
export * from './lib/security-headers';
