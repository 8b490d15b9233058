import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { EntityManager } from 'typeorm';

/**
 * Where one HTTP request's reads may go. Mutable: the middleware enters it
 * before anything is known, the operation guard allows replicas once the
 * operation is known to be a query, commits in the request raise
 * `committedLsn`, and the reader the request chose is kept here.
 */
export interface ReadRoute {
  /** True only for an HTTP GraphQL query, until its response is sent. */
  replicaAllowed: boolean;
  /** The signed-in user, once the auth guard (or the rate-limit guard) has attached them. */
  userId(): string | null;
  /** The highest commit this request made (0n: none): its own reads must see it. */
  committedLsn: bigint;
  /** The routed reader of this request, made on its first read. */
  reader?: EntityManager;
}

const storage = new AsyncLocalStorage<ReadRoute>();

/** The current request's route, or undefined (background work, WebSocket, no replicas configured). */
export function currentReadRoute(): ReadRoute | undefined {
  return storage.getStore();
}

/**
 * Express middleware, registered only when DATABASE_REPLICA_URLS is set (the
 * store costs something on every promise a request makes): every request
 * starts on the primary. When the response ends, the route is closed, so
 * work the request left running in the background reads the primary.
 */
export function readRouteMiddleware(req: Request, res: Response, next: NextFunction): void {
  const withUser = req as Request & { user?: { id: string } };
  const route: ReadRoute = { replicaAllowed: false, userId: () => withUser.user?.id ?? null, committedLsn: 0n };
  const close = () => {
    route.replicaAllowed = false;
    route.reader = undefined;
  };
  res.once('finish', close);
  res.once('close', close);
  storage.run(route, next);
}

/** Runs `work` in a route of its own (unit tests, tools). */
export function withReadRoute<T>(route: ReadRoute, work: () => T): T {
  return storage.run(route, work);
}

/** The part of an operation guard's call (libs/api/core/graphql operation-guards.ts) this guard reads. */
interface OperationCallLike {
  operation: { operation: string };
  transport: 'http' | 'websocket';
}

/**
 * An operation guard: an HTTP GraphQL query may read from a replica; a
 * mutation, a subscription and anything over WebSocket stay on the primary.
 */
export function replicaReadsGuard(call: OperationCallLike): void {
  if (call.transport !== 'http' || call.operation.operation !== 'query') return;
  const route = storage.getStore();
  if (route) route.replicaAllowed = true;
}
