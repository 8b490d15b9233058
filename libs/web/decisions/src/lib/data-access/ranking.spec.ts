import { describe, expect, it } from 'vitest';
import { validateRanking } from '@pnyx/shared/decisions';
import { moveDown, moveUp, rank, rankingDraft, sameRanking, unrank } from './ranking';

const a = { id: 'a', label: 'A' };
const b = { id: 'b', label: 'B' };
const c = { id: 'c', label: 'C' };
const options = [a, b, c];

describe('moveUp / moveDown', () => {
  it.each([
    [0, ['a', 'b', 'c']],
    [1, ['b', 'a', 'c']],
    [2, ['a', 'c', 'b']],
    [3, ['a', 'b', 'c']],
    [-1, ['a', 'b', 'c']],
  ])('moveUp at %i', (index, expected) => {
    expect(moveUp(options, index).map((o) => o.id)).toEqual(expected);
  });

  it.each([
    [0, ['b', 'a', 'c']],
    [1, ['a', 'c', 'b']],
    [2, ['a', 'b', 'c']],
    [-1, ['a', 'b', 'c']],
  ])('moveDown at %i', (index, expected) => {
    expect(moveDown(options, index).map((o) => o.id)).toEqual(expected);
  });

  it('never changes the list given', () => {
    const list = [a, b, c];
    moveUp(list, 1);
    moveDown(list, 0);
    expect(list).toEqual([a, b, c]);
  });
});

describe('rankingDraft, rank, unrank', () => {
  it('starts with everything unranked for a first vote', () => {
    expect(rankingDraft(options, null)).toEqual({ ranked: [], unranked: [a, b, c] });
  });

  it('restores a saved ballot and ignores unknown ids', () => {
    expect(rankingDraft(options, [{ id: 'c' }, { id: 'x' }, { id: 'a' }])).toEqual({ ranked: [c, a], unranked: [b] });
  });

  it('ranks an option last and takes it out again, back in the proposal order', () => {
    let draft = rankingDraft(options, null);
    draft = rank(draft, 2); // C
    draft = rank(draft, 0); // A
    expect(draft).toEqual({ ranked: [c, a], unranked: [b] });
    draft = unrank(draft, 0, options); // C back
    expect(draft).toEqual({ ranked: [a], unranked: [b, c] });
    expect(rank(draft, 5)).toBe(draft);
    expect(unrank(draft, 5, options)).toBe(draft);
  });

  it('produces what the shared ranking rule accepts', () => {
    const draft = rank(rank(rankingDraft(options, null), 1), 0);
    expect(() => validateRanking(options.map((o) => o.id), draft.ranked.map((o) => o.id))).not.toThrow();
    expect(() => validateRanking(options.map((o) => o.id), [])).toThrow();
  });
});

describe('sameRanking', () => {
  it('compares ids in order', () => {
    expect(sameRanking([a, b], [{ id: 'a' }, { id: 'b' }])).toBe(true);
    expect(sameRanking([a, b], [{ id: 'b' }, { id: 'a' }])).toBe(false);
    expect(sameRanking([a], null)).toBe(false);
  });
});
