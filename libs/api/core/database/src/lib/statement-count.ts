import { AsyncLocalStorage } from 'node:async_hooks';
import { EventSubscriber, type EntitySubscriberInterface } from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();

/**
 * Runs `work` with its own statement counter: every statement TypeORM sends
 * on its behalf (DataLoader batches included, since they run in the
 * request's async context) is counted, and nothing else — a background
 * relay poll or another request never shows in it. Requests enter it only
 * when they ask (`x-debug-statements: 1`, see request-context.ts): until
 * then its AsyncLocalStorage stays disabled and counting costs nothing.
 */
export function withStatementCount<T>(work: () => T): { result: T; count: () => number } {
  const counter: Counter = { statements: 0 };
  const result = storage.run(counter, work);
  return { result, count: () => counter.statements };
}

/** Runs `work` outside any request's counter (background work started from a request). */
export function outsideStatementCount<T>(work: () => T): T {
  return storage.exit(work);
}

/** Counts statements for the request that sends them. */
@EventSubscriber()
export class StatementCounter implements EntitySubscriberInterface {
  beforeQuery(_event: BeforeQueryEvent): void {
    const counter = storage.getStore();
    if (counter) counter.statements++;
  }
}
