import { describe, expect, it } from 'vitest';
import { DecisionsPolicy } from './decisions.policy';

describe('DecisionsPolicy', () => {
  it.each([
    [null, false, false],
    ['MEMBER', true, false],
    ['OWNER', true, true],
  ] as const)('role %s: contribute=%s manage=%s', (role, contribute, manage) => {
    expect(DecisionsPolicy.canContribute(role)).toBe(contribute);
    expect(DecisionsPolicy.canManage(role)).toBe(manage);
  });
});
