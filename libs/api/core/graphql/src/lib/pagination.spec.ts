import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('pagination', () => {
  it('defaults and bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/first must be between 1 and 100/);
    expect(() => pageSize(0)).toThrow(/first/);
  });

  it('round-trips cursors and rejects forged ones naming `after`', () => {
    const keyset = { sort: '2026-11-27T10:00:00.000Z', id: 'abc' };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('nonsense')).toThrow(expect.objectContaining({ details: { field: 'after' } }));
  });
});
