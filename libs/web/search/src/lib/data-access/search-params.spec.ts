import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type SearchState, hasFilters, isDay, paramsFromState, searchFilter, startOfDay, startOfNextDay, stateFromParams } from './search-params';

const params = (query: string) => new URLSearchParams(query);

describe('search URL ↔ state', () => {
  it('reads every parameter', () => {
    expect(stateFromParams(params('q=%22Quartals+bericht%22+-alt&types=page,post&space=eng&author=alice&from=2026-01-01&to=2026-03-31&sort=newest'))).toEqual({
      q: '"Quartals bericht" -alt',
      types: ['PAGE', 'POST'],
      space: 'eng',
      author: 'alice',
      from: '2026-01-01',
      to: '2026-03-31',
      sort: 'DATE',
    });
  });

  it('falls back to the defaults for missing, unknown or malformed values', () => {
    expect(stateFromParams(params(''))).toEqual(EMPTY_STATE);
    expect(stateFromParams(params('q=++&types=page,nonsense,,BLOG_POST&space=&author=+&from=2026-02-30&to=yesterday&sort=oldest'))).toEqual({
      ...EMPTY_STATE,
      types: ['PAGE', 'BLOG_POST'],
    });
  });

  it('keeps the types in the fixed order, once each', () => {
    expect(stateFromParams(params('types=proposal,page,proposal')).types).toEqual(['PAGE', 'PROPOSAL']);
  });

  it('writes only what differs from the defaults (null removes a parameter)', () => {
    expect(paramsFromState({ ...EMPTY_STATE, q: ' Bericht ' })).toEqual({ q: 'Bericht', types: null, space: null, author: null, from: null, to: null, sort: null });
    // All four types are the same as none.
    expect(paramsFromState({ ...EMPTY_STATE, types: ['POST', 'PAGE', 'PROPOSAL', 'BLOG_POST'] }).types).toBeNull();
    expect(paramsFromState({ ...EMPTY_STATE, types: ['POST', 'PAGE'], sort: 'DATE' })).toMatchObject({ types: 'page,post', sort: 'newest' });
  });

  it('survives a round trip', () => {
    const state: SearchState = { q: 'Bericht OR Protokoll', types: ['BLOG_POST', 'PROPOSAL'], space: 'eng', author: 'bob', from: '2025-12-31', to: '2026-01-02', sort: 'DATE' };
    const written = paramsFromState(state);
    const url = new URLSearchParams(Object.entries(written).filter((entry): entry is [string, string] => entry[1] !== null));
    expect(stateFromParams(url)).toEqual(state);
  });
});

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('25-01-01')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('turns an inclusive day range into the API’s [from, to) in local time', () => {
    expect(new Date(startOfDay('2026-03-01')).getDate()).toBe(1);
    expect(new Date(startOfDay('2026-03-01')).getHours()).toBe(0);
    const next = new Date(startOfNextDay('2026-02-28'));
    expect([next.getMonth(), next.getDate(), next.getHours()]).toEqual([2, 1, 0]);
    expect(new Date(startOfNextDay('2026-12-31')).getFullYear()).toBe(2027);
  });
});

describe('the API filter', () => {
  it('is null when nothing filters (types and sort are separate arguments)', () => {
    expect(searchFilter({ ...EMPTY_STATE, q: 'x', types: ['PAGE'], sort: 'DATE' }, { spaceId: null, authorId: null })).toBeNull();
  });

  it('carries the looked-up space and author and the day range', () => {
    const filter = searchFilter({ ...EMPTY_STATE, space: 'eng', author: 'alice', from: '2026-01-01', to: '2026-01-31' }, { spaceId: 's1', authorId: 'u1' });
    expect(filter).toEqual({ spaceIds: ['s1'], authorId: 'u1', from: startOfDay('2026-01-01'), to: startOfNextDay('2026-01-31') });
  });

  it('knows when anything but the words narrows the results', () => {
    expect(hasFilters({ ...EMPTY_STATE, q: 'x', sort: 'DATE' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, from: '2026-01-01' })).toBe(true);
    expect(hasFilters({ ...EMPTY_STATE, types: ['POST'] })).toBe(true);
  });
});
