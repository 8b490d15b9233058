import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class BlogException extends DomainException {
  /** Unknown and invisible look the same. */
  static blogNotFound(field = 'id'): BlogException {
    return new BlogException(ErrorCode.NOT_FOUND, 'Blog not found', { field });
  }
  static notMember(): BlogException {
    return new BlogException(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
}
