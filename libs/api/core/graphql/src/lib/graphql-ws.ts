import type { IncomingMessage } from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { ErrorCode } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';
import { SERVICE_UNAVAILABLE_MESSAGE } from './format-error';
import {
  createContext,
  type AuthenticatedConnection,
  type AuthUser,
  type ConnectionAuthenticator,
  type RequestWithUser,
} from './graphql-context';
import { asRequestError, type OperationCall } from './operation-guards';
import { MAX_QUERY_TOKENS } from './query-limits';
import { isServiceUnavailable } from './service-unavailable';

/** WebSocket close code 1013 Try Again Later: graphql-ws clients reconnect after it. */
const TRY_AGAIN_LATER = 1013;
/** setTimeout's ceiling (~24.8 days); a token living longer is re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Operations (subscriptions included) one connection may have running at once: each live subscription costs a check per event. */
export const MAX_OPERATIONS_PER_CONNECTION = 50;

export interface GraphqlWsDependencies {
  /** Null: no auth module in this app, every connection is refused. */
  authenticator: ConnectionAuthenticator | null;
  /** The served schema (known once GraphQL has started). */
  schema: () => GraphQLSchema;
  /** All validation rules: graphql's specified rules plus the ones HTTP adds. */
  rules: readonly ValidationRule[];
  /** The operation guards, as over HTTP (OperationGuards.check); throws to refuse. */
  checkOperation: (call: OperationCall) => Promise<void>;
  /** The HTTP error formatter, applied to every error sent over the socket. */
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logError: (error: unknown) => void;
}

type WsServerOptions = Required<Pick<ServerOptions, 'onConnect' | 'onClose' | 'onSubscribe' | 'onNext' | 'onError'>>;

function refuse(message: string, code: string, source?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: source?.nodes,
    source: source?.source,
    positions: source?.positions,
    extensions: { code, ...source?.extensions },
  });
}

function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): unknown {
  return params?.['Authorization'] ?? params?.['authorization'];
}

/** One operation's request: the connection's upgrade request, seen through a fresh object that carries the user. */
function operationRequest(upgrade: IncomingMessage, user: AuthUser): RequestWithUser {
  return Object.assign(Object.create(upgrade) as RequestWithUser, { user });
}

/**
 * GraphQL over WebSocket, held to the rules of HTTP:
 *
 * - the connection is authenticated at `connection_init` from the
 *   `Authorization: Bearer …` connection parameter with the HTTP token check;
 *   a missing or bad token closes it with 4401 Unauthorized (graphql-ws's own
 *   refusal would be 4403), so does the token's expiry while it is open;
 * - every operation re-checks expiry and runs with a fresh context (fresh
 *   DataLoaders) whose request carries the user, so the global auth guard and
 *   @CurrentUser work as over HTTP;
 * - operations are parsed (with the HTTP token limit) and validated here
 *   with the HTTP validation rules (query limits), then pass the same
 *   operation guards as over HTTP; messages are capped by the WebSocket
 *   server's `maxPayload` (graphql-ws-server.ts);
 * - a database that is briefly unreachable at connect closes with 1013 Try
 *   Again Later, which clients retry;
 * - every error goes through the HTTP error formatter: no SQL, no internals.
 */
export function graphqlWsOptions(deps: GraphqlWsDependencies): WsServerOptions {
  const connections = new WeakMap<Extra, AuthenticatedConnection & { timer: NodeJS.Timeout }>();

  const formatAll = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      // An error thrown by a subscription's event stream reaches graphql-ws
      // without a path; look at what it wraps, as the formatter would for a resolver's.
      const unwrapped = !error.path && error.originalError ? error.originalError : error;
      return deps.format(error.toJSON(), unwrapped);
    });

  const unauthorized = (extra: Extra, reason: string): false => {
    extra.socket.close(CloseCode.Unauthorized, reason);
    return false;
  };

  return {
    onConnect: async (ctx) => {
      const extra = ctx.extra as unknown as Extra;
      if (!deps.authenticator) return unauthorized(extra, 'Unauthorized');
      let connection: AuthenticatedConnection;
      try {
        connection = await deps.authenticator.authenticate(authorizationParam(ctx.connectionParams));
      } catch (error) {
        if (error instanceof DomainException && error.code === ErrorCode.UNAUTHENTICATED) return unauthorized(extra, 'Unauthorized');
        deps.logError(error);
        if (isServiceUnavailable(error)) extra.socket.close(TRY_AGAIN_LATER, SERVICE_UNAVAILABLE_MESSAGE);
        else extra.socket.close(CloseCode.InternalServerError, 'Internal server error');
        return false;
      }
      // Returning false after our own close sends nothing more: ws ignores a second close.
      if (extra.socket.readyState !== extra.socket.OPEN) return false;
      const timer = setTimeout(
        () => unauthorized(extra, 'Unauthorized: the access token has expired'),
        Math.min(Math.max(connection.expiresAt - Date.now(), 0), MAX_TIMER_MS),
      );
      timer.unref();
      connections.set(extra, { ...connection, timer });
      return true;
    },

    onClose: (ctx) => {
      const extra = ctx.extra as unknown as Extra;
      clearTimeout(connections.get(extra)?.timer);
      connections.delete(extra);
    },

    onSubscribe: async (ctx, _id, payload) => {
      const extra = ctx.extra as unknown as Extra;
      const connection = connections.get(extra);
      if (!connection || Date.now() >= connection.expiresAt) {
        unauthorized(extra, 'Unauthorized: the access token has expired');
        return [refuse('Sign in first: a valid access token is required', ErrorCode.UNAUTHENTICATED)];
      }
      // graphql-ws has already registered this operation's id.
      if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_CONNECTION) {
        return [asRequestError(new DomainException(ErrorCode.RATE_LIMITED, `At most ${MAX_OPERATIONS_PER_CONNECTION} operations may run at once on one connection`))];
      }
      const query = typeof payload.query === 'string' ? payload.query : '';
      let document: DocumentNode;
      try {
        document = parse(query, { maxTokens: MAX_QUERY_TOKENS });
      } catch (error) {
        if (error instanceof GraphQLError) return [refuse(error.message, 'GRAPHQL_PARSE_FAILED', error)];
        throw error;
      }
      const schema = deps.schema();
      const errors = validate(schema, document, deps.rules);
      if (errors.length) return errors.map((error) => refuse(error.message, 'GRAPHQL_VALIDATION_FAILED', error));
      const contextValue = createContext(operationRequest(extra.request, connection.user));
      const variables = payload.variables ?? {};
      const operation = getOperationAST(document, payload.operationName);
      // Without one operation to run, execution reports it (as over HTTP).
      if (operation) {
        try {
          await deps.checkOperation({ document, operation, variables, context: contextValue, transport: 'websocket' });
        } catch (error) {
          return [asRequestError(error)];
        }
      }
      return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
    },

    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatAll(result.errors) } : undefined),

    onError: (_ctx, _id, _payload, errors) => formatAll(errors),
  };
}
