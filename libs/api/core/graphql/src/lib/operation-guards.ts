import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@pnyx/shared/contracts';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DomainException } from './domain.exception';
import type { GraphqlContext } from './graphql-context';
import { isServiceUnavailable } from './service-unavailable';
import { checkTextInputs } from './text-inputs';

/** One operation about to run: parsed, validated, not yet executed. */
export interface OperationCall {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** As the client sent them (JSON values, not yet coerced). */
  variables: Readonly<Record<string, unknown>>;
  /** The operation's context: `context.req` is the HTTP request, or the WebSocket's upgrade request with the user. */
  context: GraphqlContext;
  transport: 'http' | 'websocket';
}

/** Refuses an operation by throwing (a DomainException, usually); anything else lets it run. */
export type OperationGuard = (call: OperationCall) => void | Promise<void>;

/**
 * The checks every operation passes, over HTTP (the Apollo plugin below) and
 * over WebSocket (`onSubscribe` in graphql-ws.ts), after validation and
 * before any resolver runs. A module adds its own with `add` (for example in
 * its `onModuleInit`); they run in the order added, after the built-in ones.
 */
@Injectable()
export class OperationGuards {
  private readonly guards: OperationGuard[] = [checkTextInputs];

  add(guard: OperationGuard): void {
    this.guards.push(guard);
  }

  async check(call: OperationCall): Promise<void> {
    for (const guard of this.guards) await guard(call);
  }
}

const HTTP_STATUS: Readonly<Partial<Record<ErrorCode, number>>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * What a guard threw, as a request error: the formatter then sees the
 * DomainException (or the unexpected error) inside it, over either transport.
 * Over HTTP the response status follows the code.
 */
export function asRequestError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DomainException) {
    return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: HTTP_STATUS[error.code] ?? 400 } } });
  }
  const cause = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: isServiceUnavailable(cause) ? 503 : 500 } } });
}

/** What an Apollo plugin's didResolveOperation hook is given, as far as the guards need it. */
interface ResolvedOperation {
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  request: { variables?: Readonly<Record<string, unknown>> };
  contextValue: GraphqlContext;
}

/** An Apollo Server plugin that runs the guards over HTTP, once the operation is known and validated. */
export function operationGuardsPlugin(guards: OperationGuards) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }: ResolvedOperation) {
          if (!operation) return; // Apollo refuses the request itself
          try {
            await guards.check({ document, operation, variables: request.variables ?? {}, context: contextValue, transport: 'http' });
          } catch (error) {
            throw asRequestError(error);
          }
        },
      };
    },
  };
}
