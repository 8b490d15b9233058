import { describe, expect, it } from 'vitest';
import { PostsPolicy, type PostFacts } from './posts.policy';

const post = (over: Partial<PostFacts> = {}): PostFacts => ({ authorId: 'u1', spaceId: 's1', replyToId: null, deletedAt: null, ...over });

describe('PostsPolicy', () => {
  it.each([
    [null, null, true],
    ['PUBLIC', null, true],
    ['PUBLIC', 'MEMBER', true],
    ['PRIVATE', null, false],
    ['PRIVATE', 'MEMBER', true],
    ['PRIVATE', 'OWNER', true],
  ] as const)('posting into a %s space as %s: %s', (visibility, role, allowed) => {
    expect(PostsPolicy.canPost(visibility, role)).toBe(allowed);
  });

  it.each([
    ['the author', 'u1', post(), true],
    ['someone else', 'u2', post(), false],
    ['the author of a deleted post', 'u1', post({ deletedAt: new Date() }), false],
  ] as const)('%s may change: %s', (_who, userId, p, allowed) => {
    expect(PostsPolicy.canChange(userId, p)).toBe(allowed);
  });

  it.each([
    ['a manager who is a member', ['EMPLOYEE', 'MANAGER'], 'MEMBER', post(), true],
    ['a manager who owns the space', ['MANAGER'], 'OWNER', post(), true],
    ['a manager outside the space', ['MANAGER'], null, post(), false],
    ['an owner without the manager role', ['EMPLOYEE'], 'OWNER', post(), false],
    ['a manager, a post without a space', ['MANAGER'], 'MEMBER', post({ spaceId: null }), false],
    ['a manager, a reply', ['MANAGER'], 'MEMBER', post({ replyToId: 'p0' }), false],
    ['a manager, a deleted post', ['MANAGER'], 'MEMBER', post({ deletedAt: new Date() }), false],
  ] as const)('%s may pin: %s', (_who, roles, role, p, allowed) => {
    expect(PostsPolicy.canPin(roles, role, p)).toBe(allowed);
  });
});
