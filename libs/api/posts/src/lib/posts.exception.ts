import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class PostsException extends DomainException {
  /** Unknown and invisible look the same. */
  static postsNotFound(field = 'id'): PostsException {
    return new PostsException(ErrorCode.NOT_FOUND, 'Posts not found', { field });
  }
  static notMember(): PostsException {
    return new PostsException(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
}
