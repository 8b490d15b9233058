import { describe, expect, it } from 'vitest';
import { PagePolicy } from './page.policy';

describe('PagePolicy', () => {
  it.each([
    // visibility, role,     creator, read,  edit,  comment, delete
    ['PUBLIC', null, false, true, false, true, false],
    ['PUBLIC', null, true, true, false, true, false],
    ['PUBLIC', 'MEMBER', false, true, true, true, false],
    ['PUBLIC', 'MEMBER', true, true, true, true, true],
    ['PUBLIC', 'OWNER', false, true, true, true, true],
    ['PRIVATE', null, false, false, false, false, false],
    ['PRIVATE', null, true, false, false, false, false],
    ['PRIVATE', 'MEMBER', false, true, true, true, false],
    ['PRIVATE', 'MEMBER', true, true, true, true, true],
    ['PRIVATE', 'OWNER', false, true, true, true, true],
  ] as const)('%s space, role %s, creator %s: read=%s edit=%s comment=%s delete=%s', (visibility, role, creator, read, edit, comment, del) => {
    expect(PagePolicy.canRead(visibility, role)).toBe(read);
    expect(PagePolicy.canEdit(role)).toBe(edit);
    expect(PagePolicy.canComment(visibility, role)).toBe(comment);
    expect(PagePolicy.canDelete(role, creator)).toBe(del);
  });
});
