import { describe, expect, it } from 'vitest';
import { SPACE_KEY_PATTERN, suggestSpaceKey } from './space-rules';

describe('SPACE_KEY_PATTERN (mirrors the API)', () => {
  it.each([
    ['ab', true],
    ['ENG', true],
    ['risk-2027', true],
    ['a'.repeat(32), true],
    ['a', false],
    ['a'.repeat(33), false],
    ['with space', false],
    ['ümlaut', false],
    ['under_score', false],
  ])('%s → %s', (key, valid) => {
    expect(SPACE_KEY_PATTERN.test(key)).toBe(valid);
  });
});

describe('suggestSpaceKey', () => {
  it.each([
    ['Risk & Compliance 2027', 'risk-compliance-2027'],
    ['Über Größe', 'uber-grosse'],
    ['  --Team--  ', 'team'],
    ['x'.repeat(40), 'x'.repeat(32)],
    ['', ''],
  ])('%s → %s', (name, key) => {
    expect(suggestSpaceKey(name)).toBe(key);
  });

  it('never ends a truncated key with a dash', () => {
    expect(suggestSpaceKey(`${'a'.repeat(31)} b`)).toBe('a'.repeat(31));
  });
});
