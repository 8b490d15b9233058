import { Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@pnyx/api/core/auth';
import { Role } from '@pnyx/shared/contracts';
import { AuditLog } from './audit-log';
import { AuditVerificationModel } from './audit.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditLog) {}

  @Authenticated(Role.ADMIN)
  @Query(() => AuditVerificationModel, { description: 'Recomputes the audit hash chain and checks it against its checkpoints (admins only)' })
  verifyAuditLog(): Promise<AuditVerificationModel> {
    return this.audit.verify();
  }
}
