import { HeaderMap } from '@apollo/server';
import {
  DomainException,
  type ConnectionAuthenticator,
  type DomainExceptionDetails,
  requestUser,
  type OperationGuard,
} from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';
import { GraphQLError } from 'graphql';
import type { RateLimitRefusal, RateLimits } from './rate-limits';

/**
 * The refusal: `RATE_LIMITED` with `extensions.retryAfterSeconds`, over both
 * transports (the formatter reads the DomainException inside); over HTTP
 * also status 429 and a `Retry-After` header, which Apollo takes from the
 * error and leaves out of the body.
 */
export function rateLimitedError(refusal: RateLimitRefusal): GraphQLError {
  const seconds = refusal.retryAfterSeconds;
  const who = refusal.scope === 'user' ? 'for this user' : 'from this address';
  const message = `Too many requests ${who}: try again in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const details = { retryAfterSeconds: seconds } as DomainExceptionDetails;
  return new GraphQLError(message, {
    originalError: new DomainException(ErrorCode.RATE_LIMITED, message, details),
    extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
  });
}

/**
 * An operation guard (libs/api/core/graphql operation-guards.ts): counts each
 * GraphQL operation, over HTTP and over WebSocket, per client address and,
 * when signed in, per user. Over WebSocket the connection's user is known;
 * over HTTP a bearer token is checked here as the auth guard would check it,
 * and the user attached to the request, so the auth guard need not check it
 * again. A missing or bad token counts by address only; the auth guard
 * answers for it where the operation needs a user.
 */
export function rateLimitGuard(limits: RateLimits, authenticator: ConnectionAuthenticator | null): OperationGuard {
  return async ({ context }) => {
    if (!limits.enabled) return;
    const req = context.req;
    const user = await requestUser(req, authenticator);
    const refusal = await limits.checkOperation(user?.id ?? null, limits.clientIp(req));
    if (refusal) throw rateLimitedError(refusal);
  };
}
