export * from './lib/request-context';
export * from './lib/json-logger';
export * from './lib/metrics';
export * from './lib/platform-metrics';
export { PoolMetrics, lazyPool, type PoolLike } from './lib/pool-metrics';
export { OperationNames, MAX_OPERATION_NAMES } from './lib/operation-names';
export { redact, redactText } from './lib/log-redaction';
export * from './lib/health.controller';
export * from './lib/security-headers';
