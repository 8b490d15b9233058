import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditTrail } from './audit-trail';
import { AuditResolver } from './audit.resolver';

/** Audit learns about regulated writes only from their domain events (AuditTrail); no module writes it directly. */
@Module({ providers: [AuditLog, AuditTrail, AuditResolver] })
export class AuditModule {}
