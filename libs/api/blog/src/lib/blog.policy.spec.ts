import { describe, expect, it } from 'vitest';
import { BlogPolicy } from './blog.policy';

describe('BlogPolicy', () => {
  it.each([
    [null, false, false],
    ['MEMBER', true, false],
    ['OWNER', true, true],
  ] as const)('role %s: contribute=%s manage=%s', (role, contribute, manage) => {
    expect(BlogPolicy.canContribute(role)).toBe(contribute);
    expect(BlogPolicy.canManage(role)).toBe(manage);
  });
});
