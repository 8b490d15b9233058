import { DomainException } from '@pnyx/api/core/graphql';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

/**
 * The two refusals a retried mutation can meet. Both name the header, so a
 * client can tell them from an error of the mutation itself: CONFLICT means
 * "wait and ask again, or give up" (never a second write), BAD_USER_INPUT
 * means the client reused a key for something else.
 */
export const IdempotencyException = {
  /** The key's first request has not stored its answer: still running, or it died between commit and storing. */
  inProgressOrDone(): DomainException {
    return DomainException.conflict(`This ${IDEMPOTENCY_KEY_HEADER} was already used for a request that is in progress or done`, IDEMPOTENCY_KEY_HEADER);
  },

  /** The key belongs to a request with another operation, query text or variables. */
  differentRequest(): DomainException {
    return DomainException.badInput(IDEMPOTENCY_KEY_HEADER, `This ${IDEMPOTENCY_KEY_HEADER} was used for a different request`);
  },
};
