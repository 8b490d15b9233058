import { Module } from '@nestjs/common';
import { AuditCheckpointRepository } from './audit-checkpoint.repository';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditLog } from './audit-log';
import { AuditTrail } from './audit-trail';
import { AuditResolver } from './audit.resolver';

/**
 * Audit learns about regulated writes only from their domain events (AuditTrail); no module writes it directly.
 * AuditCheckpoints anchors the chain's head outside it, on a recurring job.
 */
@Module({ providers: [AuditLog, AuditTrail, AuditResolver, AuditCheckpointRepository, AuditCheckpoints], exports: [AuditLog] })
export class AuditModule {}
