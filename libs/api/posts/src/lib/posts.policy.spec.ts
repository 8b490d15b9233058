import { describe, expect, it } from 'vitest';
import { PostsPolicy } from './posts.policy';

describe('PostsPolicy', () => {
  it.each([
    [null, false, false],
    ['MEMBER', true, false],
    ['OWNER', true, true],
  ] as const)('role %s: contribute=%s manage=%s', (role, contribute, manage) => {
    expect(PostsPolicy.canContribute(role)).toBe(contribute);
    expect(PostsPolicy.canManage(role)).toBe(manage);
  });
});
