import { asRequestError, createContext, DomainException, formatError, type ConnectionAuthenticator, type OperationCall, type RequestWithUser } from '@pnyx/api/core/graphql';
import { GraphQLError, parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rateLimitGuard } from './rate-limit.guard';
import { RateLimits, type RateLimitSettings } from './rate-limits';

const SETTINGS: RateLimitSettings = {
  enabled: true,
  userPerMinute: 2,
  ipPerMinute: 4,
  login: { slowAfterFailures: 1, maxFailures: 2, ipMaxFailures: 100, windowSeconds: 60, lockSeconds: 60, delayMs: 0 },
};

function user(id: string) {
  return { id, subject: id, username: id, displayName: id, email: null, roles: ['employee'] };
}

function request(authorization?: string, address = '10.0.0.1'): RequestWithUser {
  return { socket: { remoteAddress: address }, headers: authorization ? { authorization } : {} } as unknown as RequestWithUser;
}

/** Tokens "Bearer <user id>" are valid, anything else is not. */
const authenticator: ConnectionAuthenticator = {
  authenticate: async (authorization) => {
    const id = /^Bearer (\w+)$/.exec(String(authorization))?.[1];
    if (!id) throw DomainException.unauthenticated();
    return { user: user(id), expiresAt: Number.MAX_SAFE_INTEGER };
  },
};

const document = parse('{ __typename }');

/** Runs the guard for one operation; what it threw, or null. */
async function operate(limits: RateLimits, req: RequestWithUser, transport: OperationCall['transport'] = 'http'): Promise<unknown> {
  const operation = document.definitions[0] as OperationCall['operation'];
  try {
    await rateLimitGuard(limits, authenticator)({ document, operation, variables: {}, context: createContext(req), transport });
    return null;
  } catch (error) {
    return error;
  }
}

// The clock stands still: the seconds announced are exact.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rateLimitGuard', () => {
  it('refuses a user past the limit: RATE_LIMITED with retryAfterSeconds, over HTTP 429 with Retry-After', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    expect(await operate(limits, request('Bearer alice'))).toBeNull();
    expect(await operate(limits, request('Bearer alice'))).toBeNull();
    const error = asRequestError(await operate(limits, request('Bearer alice')));
    const http = error.extensions['http'] as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('60');

    const logged: unknown[] = [];
    expect(formatError(error.toJSON(), error, (e) => logged.push(e))).toEqual({
      message: 'Too many requests for this user: try again in 60 seconds',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    });
    expect(logged).toEqual([]);
    expect(await operate(limits, request('Bearer bob'))).toBeNull();
  });

  it('counts a WebSocket operation by the connection’s user', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    const socketRequest = () => Object.assign(request(), { user: user('carol') });
    await operate(limits, socketRequest(), 'websocket');
    await operate(limits, socketRequest(), 'websocket');
    expect(await operate(limits, socketRequest(), 'websocket')).toBeInstanceOf(GraphQLError);
    expect(await operate(limits, request('Bearer carol'))).toBeInstanceOf(GraphQLError);
  });

  it('attaches the checked user to the request, so the auth guard need not check the token again', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    const req = request('Bearer dave');
    await operate(limits, req);
    expect(req.user).toMatchObject({ id: 'dave' });
  });

  it('counts a request without a valid token by its address only', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    for (let i = 0; i < 4; i++) expect(await operate(limits, request(i % 2 ? 'Bearer !' : undefined))).toBeNull();
    const error = (await operate(limits, request())) as GraphQLError;
    expect(error.message).toBe('Too many requests from this address: try again in 60 seconds');
    expect(await operate(limits, request(undefined, '10.0.0.2'))).toBeNull();
  });

  it('does nothing when switched off', async () => {
    const limits = new RateLimits({ ...SETTINGS, enabled: false }, ['loopback']);
    const req = request('Bearer alice');
    for (let i = 0; i < 10; i++) expect(await operate(limits, req)).toBeNull();
    expect(req.user).toBeUndefined();
  });
});
