import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException } from './domain.exception';

/**
 * Domain exceptions are expected answers (NOT_FOUND, CONFLICT, …), not
 * failures: hand them straight to the error formatter, so Nest does not log
 * each one as an error with a stack.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException): DomainException {
    return exception;
  }
}
