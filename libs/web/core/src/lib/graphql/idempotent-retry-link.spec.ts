import { ApolloLink, type ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { Observable, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_HEADER, MAX_CONFLICT_RETRIES, MAX_NETWORK_RETRIES, createIdempotentRetryLink, isNetworkFailure, newIdempotencyKey, retryBackoffMs } from './idempotent-retry-link';

const MUTATION = parse('mutation CreatePost($body: String!) { createPost(body: $body) { id } }');
const QUERY = parse('query Feed { feed { id } }');
const KEY_CONFLICT = {
  message: 'This Idempotency-Key was already used for a request that is in progress or done',
  extensions: { code: 'CONFLICT', field: IDEMPOTENCY_KEY_HEADER },
};

type Answer = { data: unknown } | { errors: unknown[] } | { fail: unknown };

/** A fake HTTP link: its n-th request plays `answers[n]` and records the Idempotency-Key it was sent. */
function fakeHttp(answers: Answer[]) {
  const keys: (string | null)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((subscriber) => {
        const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
        keys.push(headers?.[IDEMPOTENCY_KEY_HEADER] ?? null);
        const answer = answers[keys.length - 1] ?? { data: { late: true } };
        if ('fail' in answer) subscriber.error(answer.fail);
        else {
          subscriber.next(answer as ApolloLink.Result);
          subscriber.complete();
        }
      }),
  );
  return { link, keys };
}

function run(link: ApolloLink, query = MUTATION) {
  return lastValueFrom(ApolloLink.execute(link, { query, variables: { body: 'hi' } }, { client: {} as ApolloClient }).pipe(toArray()));
}

const noWait = { waitMs: () => 0 };
/** What apollo-angular reports when fetch rejects (HTTP status 0). */
const connectionReset = () => new Error('Http failure response for /graphql: 0 Unknown Error');
const serverError = (status: number, body: unknown = {}) =>
  new ServerError(`Received status code ${status}`, { response: new Response(null, { status }), bodyText: JSON.stringify(body) });

describe('createIdempotentRetryLink', () => {
  it('sends a mutation again with the same key after a network failure, and passes the answer on', async () => {
    const http = fakeHttp([{ fail: connectionReset() }, { data: { createPost: { id: '1' } } }]);
    const results = await run(ApolloLink.from([createIdempotentRetryLink(noWait), http.link]));
    expect(results).toEqual([{ data: { createPost: { id: '1' } } }]);
    expect(http.keys).toHaveLength(2);
    expect(http.keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(http.keys[1]).toBe(http.keys[0]);
  });

  it('retries 502/503/504 from a proxy, not other statuses', async () => {
    const proxy = fakeHttp([{ fail: serverError(502) }, { fail: serverError(504) }, { data: { ok: true } }]);
    expect(await run(ApolloLink.from([createIdempotentRetryLink(noWait), proxy.link]))).toEqual([{ data: { ok: true } }]);
    expect(new Set(proxy.keys).size).toBe(1);
    expect(proxy.keys).toHaveLength(3);

    const refused = fakeHttp([{ fail: serverError(400, { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }) }]);
    await expect(run(ApolloLink.from([createIdempotentRetryLink(noWait), refused.link]))).rejects.toSatisfy((error) => ServerError.is(error));
    expect(refused.keys).toHaveLength(1);
  });

  it('does not retry an answer with GraphQL errors', async () => {
    const http = fakeHttp([{ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }, { data: { createPost: { id: '1' } } }]);
    const results = await run(ApolloLink.from([createIdempotentRetryLink(noWait), http.link]));
    expect(results).toEqual([{ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }]);
    expect(http.keys).toHaveLength(1);
  });

  it('gives up after a bounded number of network failures, with the last error', async () => {
    const failures = Array.from({ length: 10 }, (_, i) => ({ fail: new Error(`reset ${i}`) }));
    const http = fakeHttp(failures);
    await expect(run(ApolloLink.from([createIdempotentRetryLink(noWait), http.link]))).rejects.toThrow(`reset ${MAX_NETWORK_RETRIES}`);
    expect(http.keys).toHaveLength(1 + MAX_NETWORK_RETRIES);
    expect(new Set(http.keys).size).toBe(1);
  });

  it('asks again a little later when a retry meets CONFLICT on the key (409 or 200), then gets the replayed answer', async () => {
    const waits: number[] = [];
    const http = fakeHttp([{ fail: connectionReset() }, { fail: serverError(409, { errors: [KEY_CONFLICT] }) }, { errors: [KEY_CONFLICT] }, { data: { createPost: { id: '1' } } }]);
    const results = await run(ApolloLink.from([createIdempotentRetryLink({ waitMs: (n) => (waits.push(n), 0) }), http.link]));
    expect(results).toEqual([{ data: { createPost: { id: '1' } } }]);
    expect(http.keys).toHaveLength(4);
    expect(new Set(http.keys).size).toBe(1);
    // One network retry, two conflict retries, each counted on its own.
    expect(waits).toEqual([0, 0, 1]);
  });

  it('passes a CONFLICT that stays on as it came: a 200 answer as a result, a 409 as an error', async () => {
    const answers = Array.from({ length: 10 }, () => ({ errors: [KEY_CONFLICT] }));
    const ok = fakeHttp([{ fail: connectionReset() }, ...answers]);
    expect(await run(ApolloLink.from([createIdempotentRetryLink(noWait), ok.link]))).toEqual([{ errors: [KEY_CONFLICT] }]);
    expect(ok.keys).toHaveLength(2 + MAX_CONFLICT_RETRIES);

    const refusals = Array.from({ length: 10 }, () => ({ fail: serverError(409, { errors: [KEY_CONFLICT] }) }));
    const refused = fakeHttp([{ fail: connectionReset() }, ...refusals]);
    await expect(run(ApolloLink.from([createIdempotentRetryLink(noWait), refused.link]))).rejects.toSatisfy((error) => ServerError.is(error));
    expect(refused.keys).toHaveLength(2 + MAX_CONFLICT_RETRIES);
  });

  it('does not treat a CONFLICT of the mutation itself (another field) as the key’s', async () => {
    const http = fakeHttp([{ errors: [{ message: 'taken', extensions: { code: 'CONFLICT', field: 'slug' } }] }]);
    await run(ApolloLink.from([createIdempotentRetryLink(noWait), http.link]));
    expect(http.keys).toHaveLength(1);
  });

  it('sends a query without a key and does not retry it', async () => {
    const http = fakeHttp([{ fail: connectionReset() }, { data: { feed: [] } }]);
    await expect(run(ApolloLink.from([createIdempotentRetryLink(noWait), http.link]), QUERY)).rejects.toThrow('0 Unknown Error');
    expect(http.keys).toEqual([null]);
  });

  it('gives two mutation calls two different keys, keeping headers set before it', async () => {
    const http = fakeHttp([{ data: { a: 1 } }, { data: { b: 2 } }]);
    const context = { client: {} as ApolloClient };
    const seen: (string | null)[] = [];
    const spy = new ApolloLink((operation, forward) => {
      seen.push((operation.getContext()['headers'] as Record<string, string>)['X-Kept'] ?? null);
      return forward(operation);
    });
    for (let i = 0; i < 2; i++) {
      const request = { query: MUTATION, variables: { body: 'hi' }, context: { headers: { 'X-Kept': 'yes' } } };
      await lastValueFrom(ApolloLink.execute(ApolloLink.from([createIdempotentRetryLink(noWait), spy, http.link]), request, context));
    }
    expect(seen).toEqual(['yes', 'yes']);
    expect(http.keys).toHaveLength(2);
    expect(http.keys[0]).not.toBe(http.keys[1]);
  });
});

describe('retry helpers', () => {
  it('waits 300 ms, then longer, never more than 2 s', () => {
    expect([0, 1, 2, 3, 9].map(retryBackoffMs)).toEqual([300, 900, 2_000, 2_000, 2_000]);
  });

  it('counts only answers that never came as network failures', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(serverError(503))).toBe(true);
    expect(isNetworkFailure(serverError(500))).toBe(false);
    expect(isNetworkFailure(serverError(409))).toBe(false);
    expect(isNetworkFailure(new CombinedGraphQLErrors({ errors: [{ message: 'x' }] }))).toBe(false);
    expect(isNetworkFailure(Object.assign(new Error('expired'), { name: 'SessionExpiredError' }))).toBe(false);
  });

  it('makes keys the API accepts, different every time', () => {
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    expect(new Set(keys).size).toBe(50);
  });
});
