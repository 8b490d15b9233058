export * from './lib/audit-checkpoint.entity';
export type { AuditCheckpoint } from './lib/audit-checkpoint.repository';
export * from './lib/audit-checkpoints';
export * from './lib/audit-entry.entity';
export * from './lib/audit-hash';
export * from './lib/audit-log';
export * from './lib/audit.module';
