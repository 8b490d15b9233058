import { describe, expect, it } from 'vitest';
import { SpacePolicy } from './space.policy';

describe('SpacePolicy', () => {
  it.each([
    ['PUBLIC', null, true, true, false, false],
    ['PUBLIC', 'MEMBER', true, true, true, false],
    ['PUBLIC', 'OWNER', true, true, true, true],
    ['PRIVATE', null, false, false, false, false],
    ['PRIVATE', 'MEMBER', true, true, true, false],
    ['PRIVATE', 'OWNER', true, true, true, true],
  ] as const)('%s space, role %s: read=%s participate=%s contribute=%s manage=%s', (visibility, role, read, participate, contribute, manage) => {
    expect(SpacePolicy.canRead(visibility, role)).toBe(read);
    expect(SpacePolicy.canParticipate(visibility, role)).toBe(participate);
    expect(SpacePolicy.canContribute(role)).toBe(contribute);
    expect(SpacePolicy.canManageMembers(role)).toBe(manage);
  });
});
