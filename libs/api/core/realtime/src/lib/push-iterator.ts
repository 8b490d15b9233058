const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** Messages a subscriber may fall behind by before the oldest are dropped (its `seq` shows the gap). */
export const DEFAULT_BUFFER = 1_000;

/**
 * An async iterator fed by `push`. Values wait in a bounded buffer until
 * pulled. `return()` — what graphql-ws calls when the client unsubscribes or
 * the socket closes — ends it at once, also while a `next()` is pending, and
 * calls `onClose` once; so does `end()` (shutdown).
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;
  /** How many values were dropped because the buffer was full. */
  dropped = 0;

  constructor(
    private readonly onClose: () => void = () => undefined,
    private readonly limit = DEFAULT_BUFFER,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter({ done: false, value });
    if (this.buffer.length >= this.limit) {
      this.buffer.shift();
      this.dropped++;
    }
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    if (this.closed) return Promise.resolve(DONE);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve(DONE);
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter(DONE);
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
