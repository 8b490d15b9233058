import { encodeId } from '@pnyx/shared/contracts';
import type { SpaceEntity } from './space.entity';
import type { SpaceMemberEntity } from './space-member.entity';
import { SpaceMemberModel, SpaceModel } from './space.model';

export function toSpaceModel(space: SpaceEntity): SpaceModel {
  return Object.assign(new SpaceModel(), {
    id: encodeId('Space', space.id),
    uuid: space.id,
    key: space.key,
    name: space.name,
    description: space.description,
    visibility: space.visibility,
    createdAt: space.createdAt,
  });
}

export function toSpaceMemberModel(member: SpaceMemberEntity): SpaceMemberModel {
  return Object.assign(new SpaceMemberModel(), { userId: member.userId, role: member.role, since: member.createdAt });
}
