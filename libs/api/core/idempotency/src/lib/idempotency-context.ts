import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { QueryRunner } from 'typeorm';

/** The key row a mutation will write with its first committing transaction. */
export interface KeyClaim {
  userId: string;
  key: string;
  fingerprint: string;
}

/**
 * One POST /graphql that carries an Idempotency-Key, as its pieces see it:
 * the middleware creates it, the Apollo plugin decides (`claim`) once the
 * operation and the user are known, the TypeORM subscriber writes the key row
 * in the first transaction that commits (`pending`, then `recorded`), and the
 * plugin stores the response once it is built. Mutable on purpose: every
 * piece runs in the request's async context and shares this one object.
 */
export interface IdempotentRequest {
  /** The header as received (validated by the plugin, only for mutations). */
  readonly header: string | string[];
  /** Set when the mutation executes under the key; null for queries, anonymous callers and replays. */
  claim: KeyClaim | null;
  /** The transaction whose commit carries the key row, between its insert and the commit's outcome. */
  pending: QueryRunner | null;
  /** True once a transaction carrying the key row has committed. */
  recorded: boolean;
}

const storage = new AsyncLocalStorage<IdempotentRequest>();

/** The current request's idempotency state, or undefined outside a POST /graphql with the header. */
export function currentIdempotentRequest(): IdempotentRequest | undefined {
  return storage.getStore();
}

/** Runs `work` as part of `request` (the middleware below; tests). */
export function runIdempotent<T>(request: IdempotentRequest, work: () => T): T {
  return storage.run(request, work);
}

/**
 * Express middleware for POST /graphql: a request with an Idempotency-Key
 * header runs the rest of its handling inside its own store. Requests
 * without the header never enter the AsyncLocalStorage, so they pay nothing.
 */
export function idempotencyMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers['idempotency-key'];
  if (req.method !== 'POST' || header === undefined) {
    next();
    return;
  }
  runIdempotent({ header, claim: null, pending: null, recorded: false }, next);
}
