// @pnyx/web/core brings Angular, which ships partially compiled: without a build step, the JIT compiler finishes it.
import '@angular/compiler';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { hoursUntil, writeRefusal } from './decision-errors';

const graphqlError = (extensions: Record<string, unknown>, message = 'Refused') => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('writeRefusal', () => {
  it('names the input a BAD_USER_INPUT refers to (last path segment)', () => {
    expect(writeRefusal(graphqlError({ code: 'BAD_USER_INPUT', field: 'input.reason' }, 'Give a reason for Object'))).toEqual({
      field: 'reason',
      code: 'BAD_USER_INPUT',
      message: 'Give a reason for Object',
      retryAfterSeconds: null,
    });
  });

  it('carries how long a RATE_LIMITED action must wait', () => {
    const refusal = writeRefusal(graphqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 5400 }));
    expect(refusal.code).toBe('RATE_LIMITED');
    expect(refusal.retryAfterSeconds).toBe(5400);
    expect(refusal.field).toBeNull();
  });

  it('treats anything else as a network problem', () => {
    expect(writeRefusal(new Error('offline')).code).toBe('NETWORK');
  });
});

describe('hoursUntil', () => {
  it.each([
    [null, 24],
    [1, 1],
    [3600, 1],
    [3601, 2],
    [86_000, 24],
  ])('%s s → %i h', (seconds, hours) => {
    expect(hoursUntil(seconds)).toBe(hours);
  });
});
