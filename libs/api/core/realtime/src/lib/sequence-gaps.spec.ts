import { describe, expect, it } from 'vitest';
import { SequenceGaps } from './sequence-gaps';

type Seen = [origin: string, seq: number, missed: boolean];

describe('SequenceGaps', () => {
  it.each<[string, Seen[]]>([
    ['counts without holes: nothing missed', [['a', 1, false], ['a', 2, false], ['a', 3, false]]],
    ['starts tracking at the first message seen, whatever its number', [['a', 41, false], ['a', 42, false]]],
    ['a skipped number is a gap', [['a', 1, false], ['a', 3, true]]],
    ['counting goes on from the message after the gap', [['a', 1, false], ['a', 5, true], ['a', 6, false]]],
    ['a new origin (a restarted publisher) starts fresh', [['a', 7, false], ['b', 1, false], ['b', 2, false], ['a', 8, false]]],
    ['origins are counted apart', [['a', 1, false], ['b', 9, false], ['a', 2, false], ['b', 11, true]]],
    ['a repeated or older number is no gap', [['a', 5, false], ['a', 5, false], ['a', 4, false], ['a', 6, false]]],
  ])('%s', (_name, seen) => {
    const gaps = new SequenceGaps();
    expect(seen.map(([origin, seq]) => gaps.missed({ topic: 't', origin, seq }))).toEqual(seen.map(([, , missed]) => missed));
  });

  it('counts topics apart', () => {
    const gaps = new SequenceGaps();
    expect(gaps.missed({ topic: 't', origin: 'a', seq: 1 })).toBe(false);
    expect(gaps.missed({ topic: 'u', origin: 'a', seq: 1 })).toBe(false);
    expect(gaps.missed({ topic: 'u', origin: 'a', seq: 2 })).toBe(false);
    expect(gaps.missed({ topic: 't', origin: 'a', seq: 3 })).toBe(true);
  });

  it('starts a forgotten topic fresh, and after clear() every topic', () => {
    const gaps = new SequenceGaps();
    gaps.missed({ topic: 't', origin: 'a', seq: 1 });
    gaps.missed({ topic: 'u', origin: 'a', seq: 1 });
    gaps.forget('t');
    expect(gaps.missed({ topic: 't', origin: 'a', seq: 9 })).toBe(false);
    expect(gaps.missed({ topic: 'u', origin: 'a', seq: 9 })).toBe(true);
    gaps.clear();
    expect(gaps.missed({ topic: 'u', origin: 'a', seq: 20 })).toBe(false);
  });
});
