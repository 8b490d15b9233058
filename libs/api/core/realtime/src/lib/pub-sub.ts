import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PushIterator } from './push-iterator';
import type { RealtimeMessage } from './realtime-message';
import { resyncError, type ResyncReason } from './resync';
import { SequenceGaps } from './sequence-gaps';

/**
 * Topic-based publish/subscribe for live updates (GraphQL subscriptions).
 * In-process (LocalPubSub) or across API replicas (RedisPubSub, when
 * REDIS_URL is set); callers cannot tell which.
 *
 * Delivery is at most once: a subscriber that falls behind, a message
 * published while Redis is unreachable, a lost subscriber connection all lose
 * messages. A subscription that may have missed one is not continued with a
 * hole: it ends with the error RESYNC (resync.ts), and the client refetches
 * and subscribes again. Noticed here: a hole in an origin's per-topic `seq`,
 * a subscriber a full buffer behind; by RedisPubSub: its subscriber
 * connection came back (`resyncAll`). Publishers that must not lose a
 * reaction publish from an event consumer, which is retried.
 */
export abstract class PubSub implements OnApplicationShutdown {
  /** This process, as messages name it. */
  readonly origin = randomUUID();
  private readonly sequences = new Map<string, number>();
  private readonly listeners = new Map<string, Set<PushIterator<RealtimeMessage>>>();
  /** Per topic with listeners: settles once messages of that topic reach this process. */
  private readonly listening = new Map<string, Promise<void>>();
  /** Subscriptions whose `subscribe()` has resolved. */
  private readonly live = new WeakSet<PushIterator<RealtimeMessage>>();
  private readonly gaps = new SequenceGaps();
  private readonly resyncLogger = new Logger('PubSub');
  private shutDown = false;

  /** Hands `message` to every process's subscribers of its topic. */
  protected abstract transmit(message: RealtimeMessage): Promise<void>;
  /** Starts receiving `topic` (the first local subscriber came). */
  protected abstract listen(topic: string): Promise<void>;
  /** Stops receiving `topic` (the last local subscriber left). */
  protected abstract unlisten(topic: string): Promise<void>;
  /** Releases connections; called once, at shutdown, after every subscriber was ended. */
  protected abstract disconnect(): Promise<void>;

  /** Publishes `data` (JSON) on `topic`; resolves once handed over (to Redis, or to local subscribers). */
  async publish<T>(topic: string, data: T): Promise<void> {
    if (this.shutDown) throw new Error(`PubSub is shut down; "${topic}" not published`);
    const seq = (this.sequences.get(topic) ?? 0) + 1;
    this.sequences.set(topic, seq);
    await this.transmit({ topic, origin: this.origin, seq, publishedAt: Date.now(), data });
  }

  /**
   * The messages of `topic` published from now on, as an async iterator: what
   * a `@Subscription` resolver returns (map or filter it with `filterMap`).
   * Resolves once it is live: a message published after that is received.
   * Closing the iterator (`return()`) unsubscribes.
   */
  async subscribe<T>(topic: string): Promise<AsyncIterableIterator<RealtimeMessage<T>>> {
    if (this.shutDown) throw new Error(`PubSub is shut down; cannot subscribe to "${topic}"`);
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      this.listening.set(topic, this.listen(topic));
    }
    const iterator: PushIterator<RealtimeMessage> = new PushIterator(() => this.remove(topic, iterator));
    set.add(iterator);
    try {
      await this.listening.get(topic);
    } catch (error) {
      iterator.end();
      throw error;
    }
    if (!iterator.isClosed) this.live.add(iterator);
    return iterator as PushIterator<RealtimeMessage<T>>;
  }

  /** Live subscriptions to `topic` in this process (subscribed, not yet closed). */
  listenerCount(topic: string): number {
    return [...(this.listeners.get(topic) ?? [])].filter((iterator) => this.live.has(iterator)).length;
  }

  /**
   * Gives a received message to this process's subscribers of its topic; when
   * its origin's numbering shows that messages before it were lost, ends them
   * all with RESYNC instead, and a subscriber whose buffer is full likewise.
   */
  protected deliver(message: RealtimeMessage): void {
    const set = this.listeners.get(message.topic);
    if (!set?.size) return;
    if (this.gaps.missed(message)) return this.resync([...set], 'gap', message.topic);
    const behind: PushIterator<RealtimeMessage>[] = [];
    for (const iterator of set) {
      if (iterator.isFull) behind.push(iterator);
      else iterator.push(message);
    }
    if (behind.length) this.resync(behind, 'overflow', message.topic);
  }

  /** Every subscription of this process may have missed messages (RedisPubSub: its subscriber connection came back): ends them with RESYNC. */
  protected resyncAll(reason: ResyncReason): void {
    this.gaps.clear();
    this.resync([...this.listeners.values()].flatMap((set) => [...set]), reason);
  }

  private resync(iterators: PushIterator<RealtimeMessage>[], reason: ResyncReason, topic?: string): void {
    if (!iterators.length) return;
    for (const iterator of iterators) iterator.fail(resyncError());
    this.resyncLogger.warn(`Ended ${iterators.length} subscription(s)${topic ? ` to "${topic}"` : ''} with RESYNC (${reason})`);
  }

  private remove(topic: string, iterator: PushIterator<RealtimeMessage>): void {
    const set = this.listeners.get(topic);
    if (!set?.delete(iterator) || set.size > 0) return;
    this.listeners.delete(topic);
    this.listening.delete(topic);
    this.gaps.forget(topic);
    if (!this.shutDown) void this.unlisten(topic).catch(() => undefined);
  }

  /** After the GraphQL server stopped and the relay finished its last batch: ends what is left, then disconnects. */
  async onApplicationShutdown(): Promise<void> {
    if (this.shutDown) return;
    this.shutDown = true;
    for (const set of [...this.listeners.values()]) for (const iterator of [...set]) iterator.end();
    await this.disconnect();
  }
}
