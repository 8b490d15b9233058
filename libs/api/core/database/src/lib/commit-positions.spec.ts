import { describe, expect, it } from 'vitest';
import { CommitPositions, UNKNOWN_COMMIT_POSITION } from './commit-positions';
import { withReadRoute, type ReadRoute } from './read-route';
import { UserWritePositions } from './write-positions';

function commitEvent(options: { inTransaction?: boolean; lsn?: string; fails?: boolean } = {}) {
  const statements: string[] = [];
  const queryRunner = {
    isTransactionActive: options.inTransaction ?? false,
    async query(sql: string) {
      statements.push(sql);
      if (options.fails) throw new Error('connection lost');
      return [{ lsn: options.lsn ?? '0/1A0' }];
    },
  };
  return { event: { queryRunner } as never, statements };
}

function route(): ReadRoute {
  return { replicaAllowed: false, userId: () => 'alice', committedLsn: 0n };
}

describe('CommitPositions', () => {
  it('hands on the primary’s WAL position after a commit in a request', async () => {
    const subscriber = new CommitPositions();
    const seen: bigint[] = [];
    subscriber.sink = async (_route, lsn) => void seen.push(lsn);
    const { event, statements } = commitEvent({ lsn: '0/1A0' });
    await withReadRoute(route(), () => subscriber.afterTransactionCommit(event));
    expect(statements).toEqual(['SELECT pg_current_wal_lsn()::text AS lsn']);
    expect(seen).toEqual([0x1a0n]);
  });

  it('sends nothing without replicas, outside a request, or when only a savepoint was released', async () => {
    const idle = new CommitPositions();
    const first = commitEvent();
    expect(withReadRoute(route(), () => idle.afterTransactionCommit(first.event))).toBeUndefined(); // not even a promise to wait for
    const subscriber = new CommitPositions();
    subscriber.sink = async () => undefined;
    const second = commitEvent();
    await subscriber.afterTransactionCommit(second.event);
    const third = commitEvent({ inTransaction: true });
    await withReadRoute(route(), () => subscriber.afterTransactionCommit(third.event));
    expect([...first.statements, ...second.statements, ...third.statements]).toEqual([]);
  });

  it('a position it cannot read keeps the user on the primary (and the commit stands)', async () => {
    const subscriber = new CommitPositions();
    const seen: bigint[] = [];
    subscriber.sink = async (_route, lsn) => void seen.push(lsn);
    await withReadRoute(route(), () => subscriber.afterTransactionCommit(commitEvent({ fails: true }).event));
    expect(seen).toEqual([UNKNOWN_COMMIT_POSITION]);
  });
});

describe('UserWritePositions (memory)', () => {
  it('keeps each user’s latest position for its time to live', async () => {
    let now = 0;
    const positions = new UserWritePositions(null, 'test:', 10, () => now);
    await positions.record('alice', 200n);
    await positions.record('alice', 100n); // an older commit finishing late does not go back
    expect(await positions.positionOf('alice')).toBe(200n);
    expect(await positions.positionOf('bob')).toBe(0n);
    now += 10_001;
    expect(await positions.positionOf('alice')).toBe(0n);
  });
});
