import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditResolver } from './audit.resolver';

@Global()
@Module({ providers: [AuditLog, AuditResolver], exports: [AuditLog] })
export class AuditModule {}
