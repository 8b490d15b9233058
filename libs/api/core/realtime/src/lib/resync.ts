import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

/** What the client is told: enough to act on (refetch, subscribe again), nothing about why. */
export const RESYNC_MESSAGE = 'Live updates were interrupted; refetch and subscribe again';

/**
 * Why subscriptions were ended: the Redis subscriber connection came back
 * after a loss (`reconnect`), an origin's `seq` skipped numbers (`gap`), or a
 * subscriber fell a full buffer behind (`overflow`). Logged, never sent.
 */
export type ResyncReason = 'reconnect' | 'gap' | 'overflow';

/**
 * The error a subscription ends with when it may have missed messages:
 * pub/sub is at most once, so rather than go on with a stream that has
 * holes, the client is told to refetch and subscribe again. A DomainException,
 * so the GraphQL formatter sends `extensions.code: RESYNC` and this message.
 */
export function resyncError(): DomainException {
  return new DomainException(ErrorCode.RESYNC, RESYNC_MESSAGE);
}
