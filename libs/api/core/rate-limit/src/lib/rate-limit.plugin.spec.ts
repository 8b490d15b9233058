import type { IncomingMessage } from 'node:http';
import type { GraphQLRequestContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationRefusal, rateLimitPlugin, type RequestAuthenticator } from './rate-limit.plugin';
import { RateLimits, type RateLimitSettings } from './rate-limits';

const SETTINGS: RateLimitSettings = {
  enabled: true,
  userPerMinute: 2,
  ipPerMinute: 4,
  login: { slowAfterFailures: 1, maxFailures: 2, ipMaxFailures: 100, lockSeconds: 60, delayMs: 0 },
};

type Req = IncomingMessage & { user?: { id: string } };

function request(authorization?: string, address = '10.0.0.1'): Req {
  return { socket: { remoteAddress: address }, headers: authorization ? { authorization } : {} } as unknown as Req;
}

/** Tokens "Bearer <user id>" are valid, anything else is not. */
const authenticator: RequestAuthenticator = {
  authenticate: vi.fn(async (authorization: unknown) => {
    const match = /^Bearer (\w+)$/.exec(String(authorization));
    if (!match?.[1]) throw new Error('UNAUTHENTICATED');
    return { user: { id: match[1] } };
  }),
};

async function send(limits: RateLimits, req: Req): Promise<unknown> {
  const plugin = rateLimitPlugin(limits, authenticator);
  try {
    await plugin.requestDidStart?.({ contextValue: { req } } as unknown as GraphQLRequestContext<never>);
    return null;
  } catch (error) {
    return error;
  }
}

// The clock stands still: the seconds announced are exact.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rateLimitPlugin (GraphQL over HTTP)', () => {
  it('answers a user past the limit with RATE_LIMITED, 429 and Retry-After', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    expect(await send(limits, request('Bearer alice'))).toBeNull();
    expect(await send(limits, request('Bearer alice'))).toBeNull();
    const error = await send(limits, request('Bearer alice'));
    expect(error).toBeInstanceOf(GraphQLError);
    const { extensions, message } = error as GraphQLError;
    expect(message).toBe('Too many requests for this user: try again in 60 seconds');
    expect(extensions['code']).toBe('RATE_LIMITED');
    expect(extensions['retryAfterSeconds']).toBe(60);
    const http = extensions['http'] as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('60');
    expect(await send(limits, request('Bearer bob'))).toBeNull();
  });

  it('attaches the checked user to the request, so the auth guard need not check the token again', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    const req = request('Bearer carol');
    await send(limits, req);
    expect(req.user).toEqual({ id: 'carol' });
  });

  it('counts a request without a valid token by its address only', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    for (let i = 0; i < 4; i++) expect(await send(limits, request(i % 2 ? 'Bearer !' : undefined))).toBeNull();
    const error = (await send(limits, request())) as GraphQLError;
    expect(error.message).toBe('Too many requests from this address: try again in 60 seconds');
    expect(await send(limits, request(undefined, '10.0.0.2'))).toBeNull();
  });

  it('does nothing when switched off', async () => {
    const limits = new RateLimits({ ...SETTINGS, enabled: false }, ['loopback']);
    const req = request('Bearer alice');
    for (let i = 0; i < 10; i++) expect(await send(limits, req)).toBeNull();
    expect(req.user).toBeUndefined();
  });
});

describe('operationRefusal (GraphQL over WebSocket)', () => {
  it('refuses past the limit with RATE_LIMITED and retryAfterSeconds, no HTTP details', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    const alice = { id: 'alice' };
    expect(await operationRefusal(limits, alice, request())).toBeNull();
    expect(await operationRefusal(limits, alice, request())).toBeNull();
    const error = await operationRefusal(limits, alice, request());
    expect(error?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });
});
