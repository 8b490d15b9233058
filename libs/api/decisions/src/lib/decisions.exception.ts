import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class DecisionsException extends DomainException {
  /** Unknown and invisible look the same. */
  static decisionsNotFound(field = 'id'): DecisionsException {
    return new DecisionsException(ErrorCode.NOT_FOUND, 'Decisions not found', { field });
  }
  static notMember(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
}
