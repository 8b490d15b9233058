const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** Messages a subscriber may fall behind by: PubSub ends a subscription this far behind with RESYNC. */
export const DEFAULT_BUFFER = 1_000;

/**
 * An async iterator fed by `push`. Values wait in a bounded buffer until
 * pulled. `return()` — what graphql-ws calls when the client unsubscribes or
 * the socket closes — ends it at once, also while a `next()` is pending, and
 * calls `onClose` once; so does `end()` (shutdown), and `fail(error)`, after
 * which `next()` rejects once with `error` (graphql-ws sends it as the
 * operation's error) instead of handing out what was buffered.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }[] = [];
  private closed = false;
  private failure: { error: unknown } | null = null;
  /** How many values were dropped because the buffer was full. */
  dropped = 0;

  constructor(
    private readonly onClose: () => void = () => undefined,
    private readonly limit = DEFAULT_BUFFER,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** The buffer is at its limit: the next `push` (with no `next()` waiting) drops the oldest value. */
  get isFull(): boolean {
    return !this.closed && this.waiting.length === 0 && this.buffer.length >= this.limit;
  }

  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter.resolve({ done: false, value });
    if (this.buffer.length >= this.limit) {
      this.buffer.shift();
      this.dropped++;
    }
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    if (this.failure) {
      const { error } = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve(DONE);
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter.resolve(DONE);
    this.onClose();
  }

  /** Ends it with `error`: a pending `next()`, or else the next one, rejects with it (once); buffered values are dropped. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    const waiters = this.waiting.splice(0);
    if (waiters.length) for (const waiter of waiters) waiter.reject(error);
    else this.failure = { error };
    this.onClose();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/**
 * Maps each value of `source` through `fn`, skipping those it maps to
 * undefined. Unlike an `async function*`, whose `return()` waits until the
 * generator reaches its next `yield` (for a quiet topic: forever), this one
 * closes `source` at once when closed, so an unsubscribed client stops
 * holding a subscription.
 */
export function filterMap<T, U>(source: AsyncIterator<T>, fn: (value: T) => Promise<U | undefined> | U | undefined): AsyncIterableIterator<U> {
  let closed = false;
  const close = async (): Promise<IteratorResult<U>> => {
    if (!closed) {
      closed = true;
      await source.return?.();
    }
    return DONE;
  };
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      while (!closed) {
        const result = await source.next();
        if (result.done || closed) return close();
        let mapped: U | undefined;
        try {
          mapped = await fn(result.value);
        } catch (error) {
          await close();
          throw error;
        }
        if (closed) return DONE;
        if (mapped !== undefined) return { done: false, value: mapped };
      }
      return DONE;
    },
    return: close,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
