export * from './lib/audit-entry.entity';
export * from './lib/audit-hash';
export * from './lib/audit-log';
export * from './lib/audit.module';
