import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger, Optional } from '@nestjs/common';
import { asRequestError, CONNECTION_AUTHENTICATOR, requestUser, type ConnectionAuthenticator, type GraphqlContext, type RequestWithUser } from '@pnyx/api/core/graphql';
import type { FormattedExecutionResult } from 'graphql';
import { currentIdempotentRequest, type IdempotentRequest } from './idempotency-context';
import { IDEMPOTENCY_REPLAYED_HEADER, parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { IdempotencyException } from './idempotency.exception';
import { IdempotencyKeyRepository } from './idempotency-key.repository';

/**
 * The largest answer kept for replay. A mutation's answer can echo up to a
 * request's size (3 MB) and every key is kept a day: a bigger one is not
 * stored, and its retries answer CONFLICT ("done") instead of a replay.
 */
export const MAX_STORED_RESPONSE_CHARS = 1024 * 1024;

/** The answer as stored for replay, or null: one without data (nothing committed for it to stand for), or too big. */
export function responseToStore(result: FormattedExecutionResult): string | null {
  if (result.data == null) return null;
  const text = JSON.stringify(result);
  return text.length <= MAX_STORED_RESPONSE_CHARS ? text : null;
}

/**
 * The Apollo side of Idempotency-Key (HTTP only; @nestjs/apollo finds
 * `@Plugin()` providers by itself). For a signed-in caller's mutation, once
 * the operation is resolved: an unknown key lets it run and claims the key
 * (written with its transaction, see idempotency.subscriber.ts); the same
 * request with a stored response is answered with that response, unexecuted,
 * and `Idempotency-Replayed: true`; the same request without one is CONFLICT;
 * another request under the key is BAD_USER_INPUT. Once the response is built
 * it is stored on the key — only when the mutation committed and answered
 * with data, so a failed mutation leaves nothing and its retry runs afresh.
 * Queries, anonymous callers and WebSocket operations are not affected.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin<GraphqlContext> {
  private readonly logger = new Logger(IdempotencyPlugin.name);

  constructor(
    private readonly keys: IdempotencyKeyRepository,
    @Optional() @Inject(CONNECTION_AUTHENTICATOR) private readonly authenticator: ConnectionAuthenticator | null,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext> | void> {
    const idempotent = currentIdempotentRequest();
    if (!idempotent) return;
    let replay: FormattedExecutionResult | null = null;
    return {
      didResolveOperation: async ({ operation, request, contextValue }) => {
        if (operation?.operation !== 'mutation') return;
        try {
          replay = await this.decide(idempotent, contextValue.req, requestFingerprint(request));
        } catch (error) {
          throw asRequestError(error);
        }
      },
      responseForOperation: async (): Promise<GraphQLResponse | null> =>
        replay && { http: { headers: new HeaderMap([[IDEMPOTENCY_REPLAYED_HEADER.toLowerCase(), 'true']]) }, body: { kind: 'single', singleResult: replay } },
      willSendResponse: async ({ response }) => {
        const claim = idempotent.claim;
        if (!claim || !idempotent.recorded || response.body.kind !== 'single') return;
        const stored = responseToStore(response.body.singleResult);
        if (stored === null) return;
        try {
          await this.keys.storeResponse(claim, stored);
        } catch (error) {
          // The write is committed; its retries answer CONFLICT until the key expires.
          this.logger.warn(`Response for an Idempotency-Key not stored: ${(error as Error).message.split('\n')[0]}`);
        }
      },
    };
  }

  /** Claims the key (the mutation runs), or returns the stored response to replay, or throws. */
  private async decide(idempotent: IdempotentRequest, req: RequestWithUser, fingerprint: string): Promise<FormattedExecutionResult | null> {
    const key = parseIdempotencyKey(idempotent.header);
    const user = await requestUser(req, this.authenticator);
    if (!user) return null;
    const stored = await this.keys.find(user.id, key);
    if (!stored) {
      idempotent.claim = { userId: user.id, key, fingerprint };
      return null;
    }
    if (stored.fingerprint !== fingerprint) throw IdempotencyException.differentRequest();
    if (!stored.response) throw IdempotencyException.inProgressOrDone();
    return stored.response as FormattedExecutionResult;
  }
}
