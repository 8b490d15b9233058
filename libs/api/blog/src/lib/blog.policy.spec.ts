import { describe, expect, it } from 'vitest';
import { BlogPolicy } from './blog.policy';

const ME = 'me';
const draft = { authorId: ME, status: 'DRAFT' } as const;
const published = { authorId: ME, status: 'PUBLISHED' } as const;

describe('BlogPolicy', () => {
  it.each([
    [false, null, true],
    [true, null, false],
    [true, 'MEMBER', true],
    [true, 'OWNER', true],
  ] as const)('in a space %s with role %s: write=%s', (inSpace, role, write) => {
    expect(BlogPolicy.canWrite(inSpace, role)).toBe(write);
  });

  it.each([
    ['the author', ME, draft, true, true, true],
    ['the author', ME, published, true, false, true],
    ['someone else', 'other', draft, false, false, false],
    ['someone else', 'other', published, false, false, true],
  ] as const)('%s (%s) on %o: edit=%s publish=%s see=%s', (_who, user, post, edit, publish, see) => {
    expect(BlogPolicy.canEdit(user, post)).toBe(edit);
    expect(BlogPolicy.canPublish(user, post)).toBe(publish);
    expect(BlogPolicy.canSeeDraft(user, post)).toBe(see);
  });
});
