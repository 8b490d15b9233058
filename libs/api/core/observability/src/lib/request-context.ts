import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { withStatementCount } from '@pnyx/api/core/database';
import type { NextFunction, Request, Response } from 'express';

/** The request being served; its `user` is set by the auth guard once the caller is known. */
interface RequestContext {
  requestId: string;
  req: { user?: { id?: unknown } };
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The id of the HTTP request being served (log lines carry it). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * The signed-in caller of the request being served, once the auth guard has
 * checked its token (read from the request, so core/auth needs no hook).
 */
export function currentUserId(): string | undefined {
  const id = storage.getStore()?.req.user?.id;
  return typeof id === 'string' ? id : undefined;
}

const VALID_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Runs `run` as part of request `requestId` made by `req`: for work that
 * reaches no Express middleware (a GraphQL operation over WebSocket).
 */
export function runInRequestContext<T>(requestId: string, req: RequestContext['req'], run: () => T): T {
  return storage.run({ requestId, req }, run);
}

/** A request that sends `x-debug-statements: 1` gets `x-db-statements: <n>` back: the SQL statements it cost. */
export const DEBUG_STATEMENTS_HEADER = 'x-debug-statements';
export const STATEMENTS_HEADER = 'x-db-statements';

/**
 * Express middleware: takes a sane `x-request-id` or makes one, echoes it,
 * scopes logs to it, and — only when asked with `x-debug-statements: 1` —
 * counts the database statements the request sends. The counter is a second
 * AsyncLocalStorage; entering it only for such requests keeps its cost (a
 * store copied onto every promise the request creates) off the others.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  const context: RequestContext = { requestId, req: req as RequestContext['req'] };
  if (req.header(DEBUG_STATEMENTS_HEADER) !== '1') {
    storage.run(context, next);
    return;
  }
  const { count } = withStatementCount(() => storage.run(context, next));
  // Set just before the headers go out, when every statement of the request has been sent.
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!res.headersSent) res.setHeader(STATEMENTS_HEADER, String(count()));
    return writeHead.apply(this, args);
  } as Response['writeHead'];
}
