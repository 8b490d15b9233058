import { DomainException, type DomainExceptionDetails } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

interface StaleVersionDetails extends DomainExceptionDetails {
  currentVersion: number;
}

export class BlogException extends DomainException {
  /** Unknown, hidden and someone else's draft look the same. */
  static postNotFound(field = 'id'): BlogException {
    return new BlogException(ErrorCode.NOT_FOUND, 'Blog post not found', { field });
  }
  static spaceNotFound(field = 'spaceId'): BlogException {
    return new BlogException(ErrorCode.NOT_FOUND, 'Space not found', { field });
  }
  static userNotFound(field = 'userId'): BlogException {
    return new BlogException(ErrorCode.NOT_FOUND, 'User not found', { field });
  }
  static notMember(): BlogException {
    return new BlogException(ErrorCode.FORBIDDEN, 'Only members of the space can write in its blog');
  }
  static notAuthor(): BlogException {
    return new BlogException(ErrorCode.FORBIDDEN, 'Only the author can change or publish a blog post');
  }
  static alreadyPublished(field = 'id'): BlogException {
    return new BlogException(ErrorCode.CONFLICT, 'The blog post is already published', { field });
  }
  static staleVersion(baseVersion: number, currentVersion: number): BlogException {
    const details: StaleVersionDetails = { field: 'baseVersion', currentVersion };
    return new BlogException(
      ErrorCode.CONFLICT,
      `The blog post was saved in between: it is now at version ${currentVersion}, your edit started from version ${baseVersion}`,
      details,
    );
  }
}
