import { describe, expect, it } from 'vitest';
import { canAddDissent, customOptionsAllowed, customOptionsRequired, needsReason, optionsProblem, participationPercents } from './proposal-rules';

describe('optionsProblem', () => {
  it('accepts the fixed options and good custom labels', () => {
    expect(optionsProblem('MAJORITY', null)).toBeNull();
    expect(optionsProblem('MAJORITY', [])).toBeNull();
    expect(optionsProblem('CONSENT', null)).toBeNull();
    expect(optionsProblem('MAJORITY', ['Blue', 'Green'])).toBeNull();
    expect(optionsProblem('RANKED_CHOICE', ['A', 'B', 'C'])).toBeNull();
  });

  it.each([
    ['RANKED_CHOICE', null, 'decisions.form.options.count'],
    ['RANKED_CHOICE', ['Only one'], 'decisions.form.options.count'],
    ['MAJORITY', Array.from({ length: 11 }, (_, i) => `O${i}`), 'decisions.form.options.count'],
    ['MAJORITY', ['A', '  '], 'decisions.form.options.empty'],
    ['MAJORITY', ['A', 'x'.repeat(201)], 'decisions.form.options.tooLong'],
    ['RANKED_CHOICE', ['Blue', ' blue '], 'decisions.form.options.duplicate'],
    ['CONSENT', ['A', 'B'], 'decisions.form.options.invalid'],
  ] as const)('%s %j → %s', (process, labels, key) => {
    expect(optionsProblem(process, labels as string[] | null)?.key).toBe(key);
  });

  it('names the option at fault', () => {
    expect(optionsProblem('MAJORITY', ['A', '', 'C'])).toEqual({ key: 'decisions.form.options.empty', params: { n: 2 } });
    expect(optionsProblem('MAJORITY', ['Blue', 'BLUE'])?.params).toEqual({ label: 'BLUE' });
  });
});

describe('processes', () => {
  it('allow and require custom options as the rules say', () => {
    expect(['MAJORITY', 'CONSENT', 'ADVICE', 'RANKED_CHOICE'].map((p) => customOptionsAllowed(p as never))).toEqual([true, false, false, true]);
    expect(customOptionsRequired('RANKED_CHOICE')).toBe(true);
    expect(customOptionsRequired('MAJORITY')).toBe(false);
  });

  it.each([
    ['CONSENT', 'consent', false],
    ['CONSENT', 'concern', true],
    ['CONSENT', 'object', true],
    ['ADVICE', 'support', false],
    ['ADVICE', 'oppose', true],
    ['MAJORITY', 'no', false],
    ['RANKED_CHOICE', null, false],
  ] as const)('%s %s needs a reason: %s', (process, code, expected) => {
    expect(needsReason(process, code)).toBe(expected);
  });
});

describe('canAddDissent', () => {
  const closed = (code: string | null, dissents: string[] = []) => ({
    status: 'CLOSED',
    myVote: code === null ? null : { option: { code } },
    dissents: dissents.map((username) => ({ author: { username } })),
  });

  it('lets a voter who objected, opposed or voted no add one statement after close', () => {
    expect(canAddDissent(closed('object'), 'alice')).toBe(true);
    expect(canAddDissent(closed('oppose'), 'alice')).toBe(true);
    expect(canAddDissent(closed('no'), 'alice')).toBe(true);
    expect(canAddDissent(closed('object', ['alice']), 'alice')).toBe(false);
    expect(canAddDissent(closed('object', ['bob']), 'alice')).toBe(true);
  });

  it('refuses others, and before close', () => {
    expect(canAddDissent(closed('consent'), 'alice')).toBe(false);
    expect(canAddDissent(closed(null), 'alice')).toBe(false);
    expect(canAddDissent({ ...closed('object'), status: 'OPEN' }, 'alice')).toBe(false);
    expect(canAddDissent(closed('object'), null)).toBe(false);
  });
});

describe('participationPercents', () => {
  it('rounds to a tenth and compares with the quorum', () => {
    expect(participationPercents(2 / 3, 50)).toEqual({ voted: 66.7, quorum: 50, met: true });
    expect(participationPercents(0.25, 50)).toEqual({ voted: 25, quorum: 50, met: false });
    expect(participationPercents(1.2, 120)).toEqual({ voted: 100, quorum: 100, met: true });
    expect(participationPercents(0, 0)).toEqual({ voted: 0, quorum: 0, met: true });
  });
});
