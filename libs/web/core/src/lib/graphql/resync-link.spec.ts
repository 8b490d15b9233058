import { ApolloLink, type ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { parse } from 'graphql';
import { Observable, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createResyncLink } from './resync-link';

const QUERY = parse('subscription { feedItemAdded { id } }');

type Step = { value: number } | { code: string } | 'complete';

/** A terminating link whose n-th subscription plays `runs[n]`, like the WebSocket link would. */
function scripted(runs: Step[][]) {
  const calls: { subscribed: number; closed: number } = { subscribed: 0, closed: 0 };
  const link = new ApolloLink(
    () =>
      new Observable<ApolloLink.Result>((subscriber) => {
        const steps = runs[calls.subscribed++] ?? [];
        for (const step of steps) {
          if (step === 'complete') subscriber.complete();
          else if ('value' in step) subscriber.next({ data: { n: step.value } });
          else subscriber.error(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: step.code } }] }));
        }
        return () => calls.closed++;
      }),
  );
  return { link, calls };
}

function run(link: ApolloLink) {
  return lastValueFrom(ApolloLink.execute(link, { query: QUERY }, { client: {} as ApolloClient }).pipe(toArray()));
}

describe('createResyncLink', () => {
  it('subscribes again when the API ends a subscription with RESYNC, then asks for a catch-up, and hides the error', async () => {
    const resyncs: number[] = [];
    const { link, calls } = scripted([[{ value: 1 }, { code: 'RESYNC' }], [{ value: 2 }, 'complete']]);
    const received = await run(ApolloLink.from([createResyncLink(() => resyncs.push(calls.subscribed), () => 0), link]));
    expect(received.map((r) => (r.data as { n: number }).n)).toEqual([1, 2]);
    // Called once, after the second subscription was made.
    await expect.poll(() => resyncs).toEqual([2]);
  });

  it('keeps resubscribing through repeated RESYNCs, each time with a catch-up', async () => {
    const resyncs: number[] = [];
    const { link } = scripted([[{ code: 'RESYNC' }], [{ code: 'RESYNC' }], [{ value: 3 }, 'complete']]);
    const waits: number[] = [];
    const resync = createResyncLink(
      () => resyncs.push(1),
      (retries) => (waits.push(retries), 0),
    );
    expect((await run(ApolloLink.from([resync, link]))).map((r) => (r.data as { n: number }).n)).toEqual([3]);
    expect(waits).toEqual([0, 1]);
    await expect.poll(() => resyncs.length).toBe(2);
  });

  it('passes other errors on, without resubscribing', async () => {
    const resyncs: number[] = [];
    const { link, calls } = scripted([[{ code: 'FORBIDDEN' }], [{ value: 9 }]]);
    await expect(run(ApolloLink.from([createResyncLink(() => resyncs.push(1), () => 0), link]))).rejects.toSatisfy((error) =>
      CombinedGraphQLErrors.is(error),
    );
    expect(calls.subscribed).toBe(1);
    expect(resyncs).toEqual([]);
  });
});
