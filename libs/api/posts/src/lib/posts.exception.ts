import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class PostsException extends DomainException {
  /** Unknown and invisible look the same. */
  static postNotFound(field = 'id'): PostsException {
    return new PostsException(ErrorCode.NOT_FOUND, 'Post not found', { field });
  }
  static spaceNotFound(field = 'spaceId'): PostsException {
    return new PostsException(ErrorCode.NOT_FOUND, 'Space not found', { field });
  }
  static userNotFound(field = 'userId'): PostsException {
    return new PostsException(ErrorCode.NOT_FOUND, 'User not found', { field });
  }
  static badHashtag(field = 'tag'): PostsException {
    return new PostsException(ErrorCode.BAD_USER_INPUT, 'A hashtag is letters, digits and _ with at least one letter (at most 100)', { field });
  }
  static notAuthor(): PostsException {
    return new PostsException(ErrorCode.FORBIDDEN, 'Only the author can change or delete a post');
  }
  static cannotPost(): PostsException {
    return new PostsException(ErrorCode.FORBIDDEN, 'Only members can post in this space');
  }
  static cannotPin(): PostsException {
    return new PostsException(ErrorCode.FORBIDDEN, "Only a manager who is a member of the space can pin its announcement");
  }
  static deleted(field = 'id'): PostsException {
    return new PostsException(ErrorCode.CONFLICT, 'The post was deleted', { field });
  }
}
