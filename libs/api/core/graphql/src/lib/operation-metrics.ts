import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getOperationAST, type ExecutionArgs, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { GraphqlContext, RequestWithUser } from './graphql-context';

/** What kind of operation ran; 'unknown' when the document never parsed or named no operation. */
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/** One GraphQL operation, finished (a subscription: once its stream is set up, not per event). */
export interface OperationReport {
  /** As the client named it, unchecked (a hostile client picks it), or null when anonymous. */
  name: string | null;
  type: OperationType;
  transport: 'http' | 'websocket';
  /** 'ok', or the contract code of the first error the client was sent (after formatError). */
  outcome: string;
  seconds: number;
  /** The signed-in caller's internal id, when known. */
  userId: string | null;
  /** A WebSocket operation's own id (see `scope`); over HTTP the request's id is in the request context. */
  requestId?: string;
}

/**
 * Watches operations on both transports without knowing what is done with
 * them (metrics and logs live in core/observability, which imports this
 * library, not the reverse). Each method must be cheap and must not throw.
 */
export interface OperationObserver {
  operation(report: OperationReport): void;
  /** An authenticated WebSocket connection opened (+1) or closed (-1). */
  connection(delta: 1 | -1): void;
  /** A subscription to root field `field` started (+1) or ended (-1). */
  subscription(field: string, delta: 1 | -1): void;
  /**
   * Runs a WebSocket operation's execution as if it were a request with id
   * `requestId` made by `req` (HTTP requests get theirs from middleware), so
   * what its resolvers log carries both ids.
   */
  scope?<T>(requestId: string, req: RequestWithUser, run: () => T): T;
}

/**
 * Everyone watching operations: `add` one (in `onModuleInit`); the Apollo
 * plugin below and the WebSocket hooks tell them all. An observer that throws
 * never fails the operation.
 */
@Injectable()
export class OperationObservers implements OperationObserver {
  private readonly observers: OperationObserver[] = [];

  add(observer: OperationObserver): void {
    this.observers.push(observer);
  }

  operation(report: OperationReport): void {
    this.each((o) => o.operation(report));
  }
  connection(delta: 1 | -1): void {
    this.each((o) => o.connection(delta));
  }
  subscription(field: string, delta: 1 | -1): void {
    this.each((o) => o.subscription(field, delta));
  }
  scope<T>(requestId: string, req: RequestWithUser, run: () => T): T {
    return this.observers.reduce<() => T>((inner, o) => (o.scope ? () => o.scope!(requestId, req, inner) : inner), run)();
  }

  private each(call: (observer: OperationObserver) => void): void {
    for (const observer of this.observers) {
      try {
        call(observer);
      } catch {
        // Observing must never cost a client its answer.
      }
    }
  }
}

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The outcome label: 'ok', or the first error's code (the formatter's contract codes; anything odd counts as internal). */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0].extensions?.['code'];
  return typeof code === 'string' && CODE.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** The operation's type from its source when it was refused before a parsed document was at hand. */
export function typeFromSource(query: unknown): OperationType {
  if (typeof query !== 'string') return 'unknown';
  const first = /^(?:[\s,\uFEFF]|#[^\n\r]*)*(query|mutation|subscription|\{)/.exec(query.slice(0, 4096))?.[1];
  return first === '{' ? 'query' : ((first as OperationType | undefined) ?? 'unknown');
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** What the plugin hooks below read of Apollo's request context. */
interface ApolloRequest {
  request: { operationName?: string | null; query?: string };
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  contextValue: GraphqlContext;
  response: { body: { kind: 'single'; singleResult: { errors?: readonly GraphQLFormattedError[] } } | { kind: 'incremental'; initialResult: { errors?: readonly GraphQLFormattedError[] } } };
}

/** An Apollo Server plugin reporting every HTTP operation, refused ones included, once its response is formatted. */
export function operationMetricsPlugin(observers: OperationObserver) {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, operation, operationName, contextValue, response }: ApolloRequest) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          observers.operation({
            name: operationName ?? request.operationName ?? null,
            type: operation?.operation ?? typeFromSource(request.query),
            transport: 'http',
            outcome: outcomeOf(errors),
            seconds: seconds(started),
            userId: contextValue?.req?.user?.id ?? null,
          });
        },
      };
    },
  };
}

type WsHooks = Pick<ServerOptions, 'onConnect' | 'onClose' | 'onSubscribe' | 'onOperation' | 'onNext' | 'onError' | 'onComplete'>;
type Execute = (args: ExecutionArgs) => unknown;
/** graphql's `execute` and `subscribe`, as graphql-ws is given them. */
interface Executors<E extends Execute, S extends Execute> {
  execute: E;
  subscribe: S;
}

interface WsOperation {
  started: number;
  requestId: string;
  name: string | null;
  type: OperationType;
  userId: string | null;
  /** The operation's request (with its user), once onSubscribe accepted it. */
  req: RequestWithUser | null;
  /** A subscription whose stream is running (counted in `subscription(field, +1)`). */
  field: string | null;
  outcome: string;
  reported: boolean;
}

/**
 * Wraps the graphql-ws hooks (graphql-ws.ts) to tell `observers` about
 * connections, operations and running subscriptions; the wrapped hooks
 * behave exactly as before. A subscription is reported once, when its stream
 * is set up; its gauge goes down when it completes, fails, or its connection closes.
 * `execute`, `subscribe` and the formatting hooks run in the operation's
 * scope (OperationObserver.scope).
 */
export function observeWsOperations<H extends WsHooks, E extends Execute, S extends Execute>(
  hooks: H & Executors<E, S>,
  observers: OperationObservers,
): H & Required<WsHooks> & Executors<E, S> {
  const connected = new WeakSet<object>();
  const running = new WeakMap<object, Map<string, WsOperation>>();
  /** Operations by their context object (one per operation), for the executors. */
  const byContext = new WeakMap<object, WsOperation>();
  const scoped = <F extends Execute>(run: F): F =>
    ((args: ExecutionArgs) => {
      const context = args.contextValue as GraphqlContext | undefined;
      const op = context ? byContext.get(context) : undefined;
      return op && context ? observers.scope(op.requestId, context.req, () => run(args)) : run(args);
    }) as F;
  /** Runs a hook in the operation's scope, so what the error formatter logs carries its ids. */
  const inScope = <T>(op: WsOperation | undefined, run: () => T): T => (op?.req ? observers.scope(op.requestId, op.req, run) : run());
  const opsOf = (ctx: object) => {
    let ops = running.get(ctx);
    if (!ops) running.set(ctx, (ops = new Map()));
    return ops;
  };
  const report = (op: WsOperation) => {
    if (op.reported) return;
    op.reported = true;
    observers.operation({ name: op.name, type: op.type, transport: 'websocket', outcome: op.outcome, seconds: seconds(op.started), userId: op.userId, requestId: op.requestId });
  };
  /** Ends an operation once, whoever (complete, error, close) gets there first. */
  const end = (ctx: object, id: string) => {
    const op = running.get(ctx)?.get(id);
    if (!op) return;
    running.get(ctx)?.delete(id);
    report(op);
    if (op.field) observers.subscription(op.field, -1);
  };

  return {
    ...hooks,
    execute: scoped(hooks.execute),
    subscribe: scoped(hooks.subscribe),
    onConnect: async (ctx) => {
      const permitted = await hooks.onConnect?.(ctx);
      if (permitted !== false) {
        connected.add(ctx);
        observers.connection(1);
      }
      return permitted;
    },
    onClose: async (ctx, code, reason) => {
      for (const id of [...(running.get(ctx)?.keys() ?? [])]) end(ctx, id);
      if (connected.delete(ctx)) observers.connection(-1);
      return hooks.onClose?.(ctx, code, reason);
    },
    onSubscribe: async (ctx, id, payload) => {
      const op: WsOperation = { started: performance.now(), requestId: randomUUID(), name: payload.operationName ?? null, type: typeFromSource(payload.query), userId: null, req: null, field: null, outcome: 'ok', reported: false };
      opsOf(ctx).set(id, op);
      let result: Awaited<ReturnType<NonNullable<WsHooks['onSubscribe']>>>;
      try {
        result = await hooks.onSubscribe?.(ctx, id, payload);
      } catch (error) {
        // graphql-ws closes the connection over it (4500): a failure, not a success at close.
        op.outcome = 'INTERNAL_SERVER_ERROR';
        end(ctx, id);
        throw error;
      }
      if (result && !Array.isArray(result)) {
        const args = result as ExecutionArgs;
        const operation = getOperationAST(args.document, args.operationName);
        op.type = operation?.operation ?? op.type;
        op.name = operation?.name?.value ?? op.name;
        op.req = (args.contextValue as GraphqlContext | undefined)?.req ?? null;
        op.userId = op.req?.user?.id ?? null;
        if (args.contextValue) byContext.set(args.contextValue, op);
      }
      return result;
    },
    onOperation: async (ctx, id, payload, args, result) => {
      const replaced = await hooks.onOperation?.(ctx, id, payload, args, result);
      const op = running.get(ctx)?.get(id);
      if (op && Symbol.asyncIterator in Object(replaced ?? result)) {
        const operation = getOperationAST(args.document, args.operationName);
        const first = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
        op.field = first && first.kind === 'Field' ? first.name.value : 'unknown';
        observers.subscription(op.field, 1);
        report(op);
      }
      return replaced;
    },
    onNext: async (ctx, id, payload, args, result) => {
      const op = running.get(ctx)?.get(id);
      const formatted = await inScope(op, () => hooks.onNext?.(ctx, id, payload, args, result));
      // A query's or mutation's one result (events of a running subscription are not counted).
      if (op && !op.field) op.outcome = outcomeOf((formatted ?? result).errors as readonly GraphQLFormattedError[] | undefined);
      return formatted;
    },
    onError: async (ctx, id, payload, errors) => {
      const op = running.get(ctx)?.get(id);
      const formatted = await inScope(op, () => hooks.onError?.(ctx, id, payload, errors));
      if (op && !op.reported) op.outcome = outcomeOf(formatted ?? errors.map((e) => e.toJSON()));
      // Refused before running: graphql-ws sends no complete after this error.
      end(ctx, id);
      return formatted;
    },
    onComplete: async (ctx, id, payload) => {
      await hooks.onComplete?.(ctx, id, payload);
      end(ctx, id);
    },
  };
}
