import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { currentIdempotentRequest, idempotencyMiddleware, type IdempotentRequest } from './idempotency-context';

/** Runs the middleware and answers the store `next` saw (undefined: none). */
function storeSeenBy(method: string, headers: Record<string, string | string[]>): IdempotentRequest | undefined {
  let seen: IdempotentRequest | undefined | 'not called' = 'not called';
  const next: NextFunction = () => {
    seen = currentIdempotentRequest();
  };
  idempotencyMiddleware({ method, headers } as unknown as Request, {} as Response, next);
  if (seen === 'not called') throw new Error('next was not called');
  return seen;
}

describe('idempotencyMiddleware', () => {
  it('gives a POST with the header its own fresh store, holding the header as sent', () => {
    const first = storeSeenBy('POST', { 'idempotency-key': 'k1' });
    expect(first).toEqual({ header: 'k1', claim: null, pending: null, recorded: false });
    expect(storeSeenBy('POST', { 'idempotency-key': 'k1' })).not.toBe(first);
    expect(currentIdempotentRequest()).toBeUndefined();
  });

  it('keeps an invalid header for the plugin to refuse (only mutations are refused)', () => {
    expect(storeSeenBy('POST', { 'idempotency-key': 'not valid' })?.header).toBe('not valid');
  });

  it('enters no store without the header, nor for GET', () => {
    expect(storeSeenBy('POST', {})).toBeUndefined();
    expect(storeSeenBy('GET', { 'idempotency-key': 'k1' })).toBeUndefined();
  });
});
