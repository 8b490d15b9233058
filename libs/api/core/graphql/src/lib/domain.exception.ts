import { ErrorCode } from '@pnyx/shared/contracts';

export interface DomainExceptionDetails {
  /** The input field at fault, for BAD_USER_INPUT (and NOT_FOUND of a named thing). */
  field?: string;
}

/**
 * What a domain throws. Each module subclasses it with named factories
 * (`SpaceException.keyTaken(key)`); one formatter maps it to `extensions.code`.
 * The message is shown to the client, so it never holds SQL or internals.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainExceptionDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  static badInput(field: string, message: string): DomainException {
    return new DomainException(ErrorCode.BAD_USER_INPUT, message, { field });
  }

  static notFound(what: string, field?: string): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, `${what} was not found`, field ? { field } : {});
  }

  static forbidden(message = 'You are not allowed to do this'): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message);
  }

  static conflict(message: string, field?: string): DomainException {
    return new DomainException(ErrorCode.CONFLICT, message, field ? { field } : {});
  }

  static unauthenticated(message = 'Sign in first: a valid access token is required'): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, message);
  }
}
