import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditChainBreak } from './audit-log';

registerEnumType(AuditChainBreak, {
  name: 'AuditChainBreak',
  description: 'Why the audit chain is broken',
  valuesMap: {
    HASH_MISMATCH: { description: "A row's content no longer matches its hash: it was changed" },
    GAP: { description: 'A row does not link to the row before it: rows were deleted in between' },
    TRUNCATED_AFTER_CHECKPOINT: { description: "A checkpoint's row is gone: the rows from there on were deleted" },
    CHECKPOINT_MISMATCH: { description: "A checkpoint's row has another hash or position: the chain was rewritten" },
  },
});

@ObjectType('AuditCheckpoint', { description: 'The head of the audit chain at one moment; keep it offline to prove later that nothing up to it was deleted' })
export class AuditCheckpointModel {
  @Field(() => String, { description: 'Id of the newest audit row covered' })
  lastId!: string;

  @Field(() => String, { description: "That row's hash (sha256, hex)" })
  hash!: string;

  @Field(() => Int, { description: 'Audit rows up to and including lastId' })
  rowCount!: number;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field(() => Boolean)
  intact!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => String, { nullable: true, description: 'Id of the first row that breaks the chain (for a checkpoint: the checkpointed row)' })
  firstBrokenId!: string | null;

  @Field(() => AuditChainBreak, { nullable: true, description: 'Why the chain is broken (null when intact)' })
  reason!: AuditChainBreak | null;

  @Field(() => AuditCheckpointModel, { nullable: true, description: 'The newest checkpoint (null: none taken yet)' })
  checkpoint!: AuditCheckpointModel | null;
}
