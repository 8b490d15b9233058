import { encodeId, type Role } from '@pnyx/shared/contracts';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

export function toUserModel(user: UserEntity | AuthUser): UserModel {
  return Object.assign(new UserModel(), {
    id: encodeId('User', user.id),
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles as Role[],
  });
}
