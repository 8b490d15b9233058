import { describe, expect, it } from 'vitest';
import { hueSlotOf, initialsOf } from './initials';

describe('initialsOf', () => {
  it.each([
    ['Alice Adams', 'AA'],
    ['alice', 'A'],
    ['Carol Anne Chen', 'CC'],
    ['  bob   builder ', 'BB'],
    ['Ölaf Øster', 'ÖØ'],
    ['', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('hueSlotOf', () => {
  it('is stable and within range', () => {
    expect(hueSlotOf('Alice Adams')).toBe(hueSlotOf('Alice Adams'));
    for (const name of ['a', 'bob', 'Carol', 'Dieter Müller']) {
      expect(hueSlotOf(name)).toBeGreaterThanOrEqual(0);
      expect(hueSlotOf(name)).toBeLessThan(6);
    }
  });
});
