import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ErrorCode } from '@pnyx/shared/contracts';
import { GraphQLError } from 'graphql';
import type { RateLimitRefusal, RateLimits } from './rate-limits';

/** Checks an `Authorization` value as HTTP requests are checked (the auth module's connection authenticator). */
export interface RequestAuthenticator {
  authenticate(authorization: unknown): Promise<{ user: { id: string } }>;
}

/** The parts of the GraphQL context (HTTP) this plugin reads: the request, and the user the auth guard would attach. */
interface RequestContext {
  req?: IncomingMessage & { user?: { id: string } };
}

/**
 * The refusal as a GraphQL error: `RATE_LIMITED` with `retryAfterSeconds`.
 * Over HTTP (`http: true`) the response is 429 with `Retry-After`; Apollo
 * takes status and header from the error and leaves them out of the body.
 */
export function rateLimitedError(refusal: RateLimitRefusal, { http }: { http: boolean }): GraphQLError {
  const seconds = refusal.retryAfterSeconds;
  const who = refusal.scope === 'user' ? 'for this user' : 'from this address';
  return new GraphQLError(`Too many requests ${who}: try again in ${seconds} second${seconds === 1 ? '' : 's'}`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: seconds,
      ...(http ? { http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } } : {}),
    },
  });
}

/**
 * GraphQL over WebSocket: counts one operation of the connection's user from
 * the address of its upgrade request; the error to answer with, or null.
 */
export async function operationRefusal(limits: RateLimits, user: { id: string }, request: IncomingMessage): Promise<GraphQLError | null> {
  const refusal = await limits.checkOperation(user.id, limits.clientIp(request));
  return refusal ? rateLimitedError(refusal, { http: false }) : null;
}

/**
 * GraphQL over HTTP: counts every request, before it is even parsed, per
 * client address and, with a valid bearer token, per user. The token is
 * checked here as the auth guard would check it, and the user attached to the
 * request, so the guard does not check it again. A missing or bad token
 * counts by address only; the guard answers for it where it matters.
 */
export function rateLimitPlugin(limits: RateLimits, authenticator: RequestAuthenticator | null): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ contextValue }) {
      const req = (contextValue as RequestContext).req;
      if (!limits.enabled || !req) return;
      const user = await identify(req, authenticator);
      const refusal = await limits.checkOperation(user?.id ?? null, limits.clientIp(req));
      if (refusal) throw rateLimitedError(refusal, { http: true });
    },
  };
}

async function identify(req: NonNullable<RequestContext['req']>, authenticator: RequestAuthenticator | null): Promise<{ id: string } | null> {
  if (req.user) return req.user;
  const authorization = req.headers.authorization;
  if (!authenticator || !authorization) return null;
  try {
    const { user } = await authenticator.authenticate(authorization);
    req.user = user;
    return user;
  } catch {
    return null;
  }
}
