import { describe, expect, it } from 'vitest';
import {
  DecisionProcess,
  DecisionRuleError,
  MAX_CUSTOM_OPTIONS,
  OPTION_LABEL_MAX_LENGTH,
  optionsFor,
  quorumMet,
  reasonRequired,
  validateRanking,
} from './decision-rules';

function ruleError(run: () => unknown): DecisionRuleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DecisionRuleError);
    return error as DecisionRuleError;
  }
  throw new Error('expected a DecisionRuleError');
}

describe('optionsFor', () => {
  it('gives MAJORITY Yes / No / Abstain by default', () => {
    expect(optionsFor('MAJORITY')).toEqual([
      { code: 'yes', label: 'Yes' },
      { code: 'no', label: 'No' },
      { code: 'abstain', label: 'Abstain' },
    ]);
    expect(optionsFor('MAJORITY', null)).toEqual(optionsFor('MAJORITY'));
    expect(optionsFor('MAJORITY', [])).toEqual(optionsFor('MAJORITY'));
  });

  it('gives MAJORITY the custom labels, trimmed, without codes', () => {
    expect(optionsFor('MAJORITY', ['  Plan A ', 'Plan B'])).toEqual([
      { code: null, label: 'Plan A' },
      { code: null, label: 'Plan B' },
    ]);
  });

  it('gives CONSENT and ADVICE their fixed options', () => {
    expect(optionsFor('CONSENT')).toEqual([
      { code: 'consent', label: 'Consent' },
      { code: 'concern', label: 'Concern' },
      { code: 'object', label: 'Object' },
    ]);
    expect(optionsFor('ADVICE')).toEqual([
      { code: 'support', label: 'Support' },
      { code: 'concern', label: 'Concern' },
      { code: 'oppose', label: 'Oppose' },
    ]);
  });

  it.each<DecisionProcess>(['CONSENT', 'ADVICE'])('refuses custom labels for %s', (process) => {
    const error = ruleError(() => optionsFor(process, ['A', 'B']));
    expect(error.field).toBe('options');
    expect(error.message).toMatch(/fixed options/);
  });

  it('requires labels for RANKED_CHOICE', () => {
    expect(ruleError(() => optionsFor('RANKED_CHOICE')).field).toBe('options');
    expect(ruleError(() => optionsFor('RANKED_CHOICE', [])).field).toBe('options');
    expect(optionsFor('RANKED_CHOICE', ['Red', 'Green', 'Blue']).map((o) => o.label)).toEqual(['Red', 'Green', 'Blue']);
  });

  it('accepts 2 to 10 labels', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `Option ${i + 1}`);
    expect(optionsFor('RANKED_CHOICE', labels(2))).toHaveLength(2);
    expect(optionsFor('RANKED_CHOICE', labels(MAX_CUSTOM_OPTIONS))).toHaveLength(10);
    expect(ruleError(() => optionsFor('RANKED_CHOICE', labels(1))).message).toMatch(/2 to 10/);
    expect(ruleError(() => optionsFor('MAJORITY', labels(11))).message).toMatch(/2 to 10/);
  });

  it.each([
    ['an empty label', ['A', '   '], /empty/],
    ['a label over 200 characters', ['A', 'x'.repeat(OPTION_LABEL_MAX_LENGTH + 1)], /longer than 200/],
    ['labels equal but for case and spaces', ['Yes please', ' yes PLEASE'], /listed twice/],
  ])('refuses %s', (_name, labels, message) => {
    const error = ruleError(() => optionsFor('MAJORITY', labels));
    expect(error.field).toBe('options');
    expect(error.message).toMatch(message);
  });

  it('accepts a label of exactly 200 characters after trimming', () => {
    expect(optionsFor('MAJORITY', ['A', ` ${'x'.repeat(200)} `])[1].label).toHaveLength(200);
  });

  it('refuses an unknown process', () => {
    expect(ruleError(() => optionsFor('UNANIMITY' as DecisionProcess)).field).toBe('process');
  });

  it('hands out copies', () => {
    optionsFor('CONSENT')[0].label = 'changed';
    expect(optionsFor('CONSENT')[0].label).toBe('Consent');
  });
});

describe('reasonRequired', () => {
  it.each<[DecisionProcess, string | null, boolean]>([
    ['CONSENT', 'object', true],
    ['CONSENT', 'concern', true],
    ['CONSENT', 'consent', false],
    ['ADVICE', 'oppose', true],
    ['ADVICE', 'concern', true],
    ['ADVICE', 'support', false],
    ['MAJORITY', 'no', false],
    ['MAJORITY', 'object', false],
    ['RANKED_CHOICE', null, false],
  ])('%s %s → %s', (process, code, expected) => {
    expect(reasonRequired(process, code)).toBe(expected);
  });
});

describe('quorumMet', () => {
  it.each([
    [5, 10, 50, true], // exactly at the quorum
    [4, 10, 50, false], // one short
    [1, 3, 33, true], // 100 >= 99
    [1, 3, 34, false], // 100 < 102: no rounding up
    [0, 0, 50, true], // nobody eligible
    [0, 10, 0, true], // no quorum
    [10, 10, 100, true],
    [9, 10, 100, false],
  ])('%i of %i eligible at %i %% → %s', (votes, eligible, percent, expected) => {
    expect(quorumMet(votes, eligible, percent)).toBe(expected);
  });

  it.each([-1, 101, 50.5, Number.NaN])('refuses a quorum of %s', (percent) => {
    expect(ruleError(() => quorumMet(1, 1, percent)).field).toBe('quorumPercent');
  });

  it('refuses negative or fractional counts', () => {
    expect(ruleError(() => quorumMet(-1, 1, 50)).field).toBe('voteCount');
    expect(ruleError(() => quorumMet(1, 1.5, 50)).field).toBe('eligibleCount');
  });
});

describe('validateRanking', () => {
  const ids = ['a', 'b', 'c'];

  it('accepts a full or partial ranking in any order', () => {
    expect(() => validateRanking(ids, ['c', 'a', 'b'])).not.toThrow();
    expect(() => validateRanking(ids, ['b'])).not.toThrow();
  });

  it.each([
    ['an empty ranking', [], /at least one/],
    ['an option ranked twice', ['a', 'b', 'a'], /more than once/],
    ['an unknown option', ['a', 'z'], /Unknown option.*z/],
  ])('refuses %s', (_name, ranking, message) => {
    const error = ruleError(() => validateRanking(ids, ranking));
    expect(error.field).toBe('ranking');
    expect(error.message).toMatch(message);
  });
});
