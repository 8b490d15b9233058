import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class SocialException extends DomainException {
  /** Unknown, unsupported and invisible subjects look the same. */
  static subjectNotFound(field = 'subjectId'): SocialException {
    return new SocialException(ErrorCode.NOT_FOUND, 'There is nothing to comment on, react to or follow with this id', { field });
  }
  static commentNotFound(field = 'id'): SocialException {
    return new SocialException(ErrorCode.NOT_FOUND, 'Comment not found', { field });
  }
  static tooManyFollows(max: number): SocialException {
    return new SocialException(ErrorCode.BAD_USER_INPUT, `You can follow at most ${max} people and spaces; unfollow some first`, { field: 'subjectId' });
  }
  static cannotComment(): SocialException {
    return new SocialException(ErrorCode.FORBIDDEN, 'You may read this, but not comment on it');
  }
}
