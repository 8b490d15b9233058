import { describe, expect, it } from 'vitest';
import { DecisionsPolicy, type ProposalFacts } from './decisions.policy';

const open = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({ authorId: 'carol', status: 'OPEN', process: 'CONSENT', hideTally: false, ...over });

describe('DecisionsPolicy', () => {
  it.each([
    [null, false],
    ['MEMBER', true],
    ['OWNER', true],
  ] as const)('role %s may propose: %s', (role, expected) => {
    expect(DecisionsPolicy.canPropose(role)).toBe(expected);
  });

  it('lets the author, an owner and a member manager close; not a plain member or an outside manager', () => {
    expect(DecisionsPolicy.closerKind('carol', [], 'MEMBER', open())).toBe('author');
    expect(DecisionsPolicy.closerKind('bob', [], 'OWNER', open())).toBe('owner');
    expect(DecisionsPolicy.closerKind('bob', ['MANAGER'], 'MEMBER', open())).toBe('manager');
    expect(DecisionsPolicy.closerKind('bob', [], 'MEMBER', open())).toBeNull();
    expect(DecisionsPolicy.closerKind('bob', ['MANAGER'], null, open())).toBeNull();
  });

  it('lets only the author decide an ADVICE proposal', () => {
    expect(DecisionsPolicy.closerKind('bob', ['MANAGER'], 'OWNER', open({ process: 'ADVICE' }))).toBeNull();
    expect(DecisionsPolicy.closerKind('carol', [], 'MEMBER', open({ process: 'ADVICE' }))).toBe('author');
  });

  it('closes nothing that is not open', () => {
    expect(DecisionsPolicy.canClose('carol', [], 'MEMBER', open({ status: 'CLOSED' }))).toBe(false);
    expect(DecisionsPolicy.canClose('carol', [], 'MEMBER', open())).toBe(true);
  });

  it('hides a hidden tally until close only', () => {
    expect(DecisionsPolicy.canSeeTally(open({ hideTally: true }))).toBe(false);
    expect(DecisionsPolicy.canSeeTally(open({ hideTally: true, status: 'CLOSED' }))).toBe(true);
    expect(DecisionsPolicy.canSeeTally(open())).toBe(true);
  });

  it('lets managers nudge open proposals only', () => {
    expect(DecisionsPolicy.canNudge(['MANAGER'], open())).toBe(true);
    expect(DecisionsPolicy.canNudge(['EMPLOYEE'], open())).toBe(false);
    expect(DecisionsPolicy.canNudge(['MANAGER'], open({ status: 'CLOSED' }))).toBe(false);
  });

  it.each([
    ['object', true],
    ['oppose', true],
    ['no', true],
    ['consent', false],
    ['concern', false],
    [null, false],
  ] as const)('a %s vote may dissent: %s', (code, expected) => {
    expect(DecisionsPolicy.canDissent(code)).toBe(expected);
  });
});
