import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class SpaceException extends DomainException {
  /** Unknown and invisible look the same: a private space's existence is not revealed. */
  static spaceNotFound(field = 'key'): SpaceException {
    return new SpaceException(ErrorCode.NOT_FOUND, 'Space not found', { field });
  }
  static keyTaken(key: string): SpaceException {
    return new SpaceException(ErrorCode.CONFLICT, `A space with the key "${key}" already exists`, { field: 'key' });
  }
  static userNotFound(username: string): SpaceException {
    return new SpaceException(ErrorCode.NOT_FOUND, `User "${username}" was not found`, { field: 'username' });
  }
  static notOwner(): SpaceException {
    return new SpaceException(ErrorCode.FORBIDDEN, 'Only an owner of the space can manage its members');
  }
  static lastOwner(): SpaceException {
    return new SpaceException(ErrorCode.CONFLICT, 'A space needs at least one owner', { field: 'role' });
  }
  static notMember(): SpaceException {
    return new SpaceException(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
}
