import DataLoader from 'dataloader';
import type { Request } from 'express';

/** The authenticated caller, attached to the request by the auth guard. */
export interface AuthUser {
  /** Internal user id (uuid). */
  id: string;
  subject: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
}

export interface RequestWithUser extends Request {
  user?: AuthUser;
}

/** Built fresh for every request (HTTP) or operation (WebSocket). */
export interface GraphqlContext {
  req: RequestWithUser;
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

export function createContext(req: RequestWithUser): GraphqlContext {
  return { req, loaders: new Map() };
}

/** A WebSocket connection's caller, checked once at connect. */
export interface AuthenticatedConnection {
  user: AuthUser;
  /** When its token expires (epoch ms): the connection is closed then. */
  expiresAt: number;
}

/**
 * Checks a graphql-ws connection's `Authorization` parameter ("Bearer …")
 * exactly as HTTP requests are checked; throws UNAUTHENTICATED when it is
 * missing or invalid. Provided by the auth module.
 */
export interface ConnectionAuthenticator {
  authenticate(authorization: unknown): Promise<AuthenticatedConnection>;
}

export const CONNECTION_AUTHENTICATOR = Symbol('CONNECTION_AUTHENTICATOR');

/**
 * The HTTP request's signed-in caller for work that runs before the auth
 * guard (the rate limit, idempotency keys): the user already on the request,
 * else its bearer token checked as the guard would check it and the user left
 * on the request, so the guard need not check again. Null for no token or a
 * bad one — the auth guard answers for those where the operation needs a user.
 */
export async function requestUser(req: RequestWithUser, authenticator: ConnectionAuthenticator | null | undefined): Promise<AuthUser | null> {
  if (req.user) return req.user;
  const authorization = req.headers.authorization;
  if (!authenticator || !authorization) return null;
  try {
    req.user = (await authenticator.authenticate(authorization)).user;
    return req.user;
  } catch {
    return null;
  }
}

/**
 * The request's DataLoader for `key`, created on first use. Loaders never
 * outlive a request, so they never serve another user's data.
 */
export function loaderFor<K, V>(ctx: GraphqlContext, key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = ctx.loaders.get(key);
  if (!loader) {
    loader = create() as DataLoader<unknown, unknown>;
    ctx.loaders.set(key, loader);
  }
  return loader as DataLoader<K, V>;
}

/** Orders batch results to match the keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results per key (one-to-many). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
