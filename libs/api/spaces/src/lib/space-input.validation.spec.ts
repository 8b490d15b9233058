import { describe, expect, it } from 'vitest';
import { validateCreateSpace } from './space-input.validation';

const valid = { key: 'risk-2026', name: 'Risk', description: null, visibility: 'PUBLIC' as const };

describe('validateCreateSpace', () => {
  it('accepts and trims a good space', () => {
    expect(validateCreateSpace({ ...valid, name: '  Risk ', description: '  ' })).toEqual({ ...valid, description: null });
  });

  it.each([
    [{ key: 'a' }, 'key'],
    [{ key: 'x'.repeat(33) }, 'key'],
    [{ key: 'has space' }, 'key'],
    [{ key: 'ümlaut' }, 'key'],
    [{ key: 'semi;colon' }, 'key'],
    [{ name: '   ' }, 'name'],
    [{ name: 'n'.repeat(101) }, 'name'],
    [{ description: 'd'.repeat(2001) }, 'description'],
    [{ visibility: 'SECRET' }, 'visibility'],
  ])('rejects %j naming %s', (override, field) => {
    expect(() => validateCreateSpace({ ...valid, ...override } as typeof valid)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });
});
