import { describe, expect, it } from 'vitest';
import { SocialPolicy } from './social.policy';

const access = (canRead: boolean, canComment: boolean) => ({ spaceId: 's1', canRead, canComment });

describe('SocialPolicy', () => {
  it.each([
    ['missing or hidden subject', null, false, false, false],
    ['stranger to a private space', access(false, false), false, false, false],
    ['reader who may not comment', access(true, false), true, false, true],
    ['reader who may comment', access(true, true), true, true, true],
    ['inconsistent: comment without read', access(false, true), false, false, false],
  ])('%s: view=%s comment=%s follow and react=%s', (_who, subject, view, comment, follow) => {
    expect(SocialPolicy.canViewComments(subject)).toBe(view);
    expect(SocialPolicy.canComment(subject)).toBe(comment);
    expect(SocialPolicy.canFollow(subject)).toBe(follow);
    expect(SocialPolicy.canReact(subject)).toBe(follow);
    expect(SocialPolicy.takesComments(subject)).toBe(subject !== null);
  });

  it('lets people and spaces be followed, never reacted to or commented on', () => {
    const person = { spaceId: null, canRead: true, canComment: false, followOnly: true };
    expect(SocialPolicy.canFollow(person)).toBe(true);
    expect(SocialPolicy.canReact(person)).toBe(false);
    expect(SocialPolicy.takesComments(person)).toBe(false);
  });
});
