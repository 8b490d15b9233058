import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isMutationOperation } from '@apollo/client/utilities';
import { ErrorCode } from '@pnyx/shared/contracts';
import { type Observable, catchError, defer, map, of, retry, throwError, timer } from 'rxjs';
import { errorInfos } from './graphql-errors';

/** The request header the API reads on mutations (docs/architecture.md, "Idempotency keys"). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Retries after a request that got no answer (fetch rejected, connection reset, 502/503/504 from a proxy). */
export const MAX_NETWORK_RETRIES = 3;
/** Retries after CONFLICT on the key: the first attempt is still running, or it committed and its answer is not stored yet. */
export const MAX_CONFLICT_RETRIES = 3;

const PROXY_STATUSES = new Set([502, 503, 504]);

/** 300 ms, 900 ms, then 2 s at most. */
export function retryBackoffMs(retries: number): number {
  return Math.min(300 * 3 ** retries, 2_000);
}

/** A fresh key per mutation call: a UUID (crypto.randomUUID needs a secure context, getRandomValues does not). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** No HTTP answer from the API reached us, so the mutation may or may not have run. */
export function isNetworkFailure(error: unknown): boolean {
  if (ServerError.is(error)) return PROXY_STATUSES.has(error.statusCode);
  if (CombinedGraphQLErrors.is(error)) return false;
  // A session that cannot be refreshed is not a lost request (auth.service.ts).
  if (error instanceof Error && error.name === 'SessionExpiredError') return false;
  // apollo-angular turns a request without a response (HTTP status 0) into a plain Error.
  return true;
}

/** The API's refusal of a key whose first request has not stored its answer (409, or 200 when it lost the race at commit). */
function isKeyConflict(error: unknown): boolean {
  return errorInfos(error).some((info) => info.code === ErrorCode.CONFLICT && info.field === IDEMPOTENCY_KEY_HEADER);
}

/** A 200 answer that is the key's CONFLICT, carried as an error so that `retry` sees it; given back as it was if retries run out. */
class ConflictAnswer extends Error {
  constructor(readonly result: ApolloLink.Result) {
    super('Idempotency-Key conflict');
  }
}

/** Angular's HttpHeaders, by shape: importing @angular/common here would tie this link to Angular's compiler in unit specs. */
interface ImmutableHeaders {
  set(name: string, value: string): ImmutableHeaders;
}

/** `headers` (a plain record, HttpHeaders, or none) plus one header; the auth link after this one accepts either. */
function withHeader(headers: ImmutableHeaders | Record<string, string> | undefined, name: string, value: string): ImmutableHeaders | Record<string, string> {
  if (headers && typeof headers['set'] === 'function') return (headers as ImmutableHeaders).set(name, value);
  return { ...(headers as Record<string, string> | undefined), [name]: value };
}

export interface IdempotentRetryOptions {
  readonly newKey?: () => string;
  readonly waitMs?: (retries: number) => number;
}

/**
 * For HTTP operations, before the auth link (so a retry carries a fresh
 * token). A mutation gets an `Idempotency-Key` header, new for each call.
 * When its request gets no answer, we cannot know whether it ran: the link
 * sends the SAME request with the SAME key again, a few times with backoff;
 * the API runs it at most once and answers a retry of a committed mutation
 * with the first answer. If a retry meets CONFLICT on the key (the first is
 * still running, or its answer is not stored yet), it asks again a little
 * later; a CONFLICT that stays is passed on like any error. Answers with
 * GraphQL errors are not retried. Queries pass through unchanged.
 */
export function createIdempotentRetryLink({ newKey = newIdempotencyKey, waitMs = retryBackoffMs }: IdempotentRetryOptions = {}): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (!isMutationOperation(operation.query)) return forward(operation);
    const key = newKey();
    operation.setContext((context: { headers?: ImmutableHeaders | Record<string, string> }) => ({
      headers: withHeader(context.headers, IDEMPOTENCY_KEY_HEADER, key),
    }));
    let networkRetries = 0;
    let conflictRetries = 0;
    return defer(() => forward(operation)).pipe(
      map((result) => {
        const errors = 'errors' in result ? result.errors : undefined;
        if (errors?.length && isKeyConflict(new CombinedGraphQLErrors({ errors }))) throw new ConflictAnswer(result);
        return result;
      }),
      retry({
        delay: (error: unknown) => {
          const conflict = error instanceof ConflictAnswer || isKeyConflict(error);
          if (conflict && conflictRetries < MAX_CONFLICT_RETRIES) return timer(waitMs(conflictRetries++));
          if (!conflict && isNetworkFailure(error) && networkRetries < MAX_NETWORK_RETRIES) return timer(waitMs(networkRetries++));
          return throwError(() => error);
        },
      }),
      catchError((error: unknown): Observable<ApolloLink.Result> => (error instanceof ConflictAnswer ? of(error.result) : throwError(() => error))),
    );
  });
}
