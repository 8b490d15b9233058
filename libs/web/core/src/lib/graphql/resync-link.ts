import { ApolloLink } from '@apollo/client';
import { ErrorCode } from '@pnyx/shared/contracts';
import { defer, retry, throwError, timer } from 'rxjs';
import { hasErrorCode } from './graphql-errors';
import { retryWaitMs } from './ws-link';

/**
 * For subscriptions, in front of the WebSocket link. The API ends a
 * subscription that may have missed events (pub/sub is at most once) with
 * the error RESYNC; this link subscribes it again, after a short backoff,
 * and then calls `onResync` so that what is on screen is read again. Callers
 * see neither the error nor the gap, only the events. Other errors pass.
 */
export function createResyncLink(onResync: () => void, waitMs: (retries: number) => number = retryWaitMs): ApolloLink {
  return new ApolloLink((operation, forward) => {
    let attempts = 0;
    return defer(() => {
      const events = forward(operation);
      // After this subscription is sent again, not before: what is read then is not missed.
      if (attempts++ > 0) queueMicrotask(onResync);
      return events;
    }).pipe(
      retry({
        delay: (error: unknown, retries: number) =>
          hasErrorCode(error, ErrorCode.RESYNC) ? timer(waitMs(retries - 1)) : throwError(() => error),
        resetOnSuccess: true,
      }),
    );
  });
}
