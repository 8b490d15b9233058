import { DomainException, type DomainExceptionDetails } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

/** CONFLICT on a stale save also tells the editor which version is current. */
interface StaleVersionDetails extends DomainExceptionDetails {
  currentVersion: number;
}

export class WikiException extends DomainException {
  /** Unknown, deleted and invisible pages look the same. */
  static pageNotFound(field = 'id'): WikiException {
    return new WikiException(ErrorCode.NOT_FOUND, 'Page not found', { field });
  }
  static revisionNotFound(field: string, version: number): WikiException {
    return new WikiException(ErrorCode.NOT_FOUND, `The page has no version ${version}`, { field });
  }
  static staleVersion(baseVersion: number, currentVersion: number): WikiException {
    const details: StaleVersionDetails = { field: 'baseVersion', currentVersion };
    return new WikiException(
      ErrorCode.CONFLICT,
      `Someone else saved this page while you were editing: it is now at version ${currentVersion}, your edit started from version ${baseVersion}. ` +
        'Nothing was saved. Compare your text with the current version, merge, and save again.',
      details,
    );
  }
  static parentInOtherSpace(): WikiException {
    return new WikiException(ErrorCode.BAD_USER_INPUT, 'The parent page must be in the same space', { field: 'parentId' });
  }
  static ownAncestor(): WikiException {
    return new WikiException(ErrorCode.BAD_USER_INPUT, 'A page cannot be moved under itself or one of its own subpages', { field: 'parentId' });
  }
  static templateOutsideTree(): WikiException {
    return new WikiException(ErrorCode.BAD_USER_INPUT, 'Templates live in the templates area, outside the page tree', { field: 'parentId' });
  }
  static notATemplate(): WikiException {
    return new WikiException(ErrorCode.BAD_USER_INPUT, 'templateId must name a template of this space', { field: 'templateId' });
  }
  static cannotEdit(): WikiException {
    return new WikiException(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
  static cannotDelete(): WikiException {
    return new WikiException(ErrorCode.FORBIDDEN, 'Only an owner of the space or the creator of the page can delete it');
  }
}
