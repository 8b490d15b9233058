import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@pnyx/api/core/auth';
import { Role } from '@pnyx/shared/contracts';
import { AuditLog } from './audit-log';

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field(() => Boolean)
  intact!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => String, { nullable: true, description: 'Id of the first row that breaks the chain' })
  firstBrokenId!: string | null;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditLog) {}

  @Authenticated(Role.ADMIN)
  @Query(() => AuditVerificationModel, { description: 'Recomputes the audit hash chain (admins only)' })
  verifyAuditLog(): Promise<AuditVerificationModel> {
    return this.audit.verify();
  }
}
