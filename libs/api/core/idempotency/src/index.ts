export * from './lib/idempotency.module';
export * from './lib/idempotency-key.entity';
export { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_REPLAYED_HEADER, requestFingerprint } from './lib/idempotency-key';
export { IDEMPOTENCY_CLEANUP_TASK, IdempotencyCleanup } from './lib/idempotency-cleanup';
export { IDEMPOTENCY_KEY_TTL_HOURS } from './lib/idempotency-key.repository';
