import { AuditEntryEntity } from '@pnyx/api/audit';
import { OutboxEventEntity } from '@pnyx/api/core/events';
import { UserEntity } from '@pnyx/api/identity';
import { IDENTITY_PROVIDER_ENTITIES } from '@pnyx/api/identity-provider';
import { SpaceEntity, SpaceMemberEntity } from '@pnyx/api/spaces';

/** Every table the API maps; migrations are generated from these. */
export const ENTITIES = [UserEntity, SpaceEntity, SpaceMemberEntity, AuditEntryEntity, OutboxEventEntity, ...IDENTITY_PROVIDER_ENTITIES];
