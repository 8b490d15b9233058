import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

interface RetryDetails {
  field?: string;
  retryAfterSeconds: number;
}

export class DecisionsException extends DomainException {
  /** Unknown and invisible look the same. */
  static proposalNotFound(field = 'id'): DecisionsException {
    return new DecisionsException(ErrorCode.NOT_FOUND, 'Proposal not found', { field });
  }
  static optionNotFound(field = 'optionId'): DecisionsException {
    return new DecisionsException(ErrorCode.BAD_USER_INPUT, 'That option is not one of this proposal’s options', { field });
  }
  static notMember(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'Only members of the space can open proposals');
  }
  static notEligible(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'You were not a member of the space when this proposal opened, so you cannot vote on it');
  }
  static notAuthor(action: string): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, `Only the author can ${action}`);
  }
  static cannotClose(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'Only the author, an owner of the space or a manager who is a member can close this proposal');
  }
  static notManager(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'Only managers can nudge voters');
  }
  static notOpen(status: string): DecisionsException {
    return new DecisionsException(ErrorCode.CONFLICT, `The proposal is ${status.toLowerCase()}: nothing was changed`);
  }
  static votingEnded(): DecisionsException {
    return new DecisionsException(ErrorCode.CONFLICT, 'Voting has ended: the closing time has passed');
  }
  static notClosed(): DecisionsException {
    return new DecisionsException(ErrorCode.CONFLICT, 'The proposal is not closed yet');
  }
  static staleVersion(baseVersion: number, current: number): DecisionsException {
    return new DecisionsException(ErrorCode.CONFLICT, `The proposal is at version ${current}, your amendment started from version ${baseVersion}: nothing was saved`, {
      field: 'baseVersion',
    });
  }
  static cannotDissent(): DecisionsException {
    return new DecisionsException(ErrorCode.FORBIDDEN, 'Only a voter who objected, opposed or voted against can add a minority statement');
  }
  static dissentExists(): DecisionsException {
    return new DecisionsException(ErrorCode.CONFLICT, 'You have already added a minority statement; it cannot be changed');
  }
  static nudgedRecently(retryAfterSeconds: number): DecisionsException {
    const details: RetryDetails = { retryAfterSeconds };
    return new DecisionsException(ErrorCode.RATE_LIMITED, 'The non-voters of this proposal were nudged less than a day ago', details);
  }
}
