import { describe, expect, it } from 'vitest';
import { pageSize } from './pagination';

describe('pagination', () => {
  it('defaults and bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/first must be between 1 and 100/);
    expect(() => pageSize(0)).toThrow(/first/);
  });
});
