import { describe, expect, it } from 'vitest';
import { DecisionOption, DecisionBallot, decide, DecideInput } from './decide';
import { DecisionProcess, DecisionRuleError, optionsFor } from './decision-rules';

/** The process's options with ids equal to their codes (or a, b, c… for custom labels). */
function options(process: DecisionProcess, labels?: string[]): DecisionOption[] {
  return optionsFor(process, labels).map((option, i) => ({ ...option, id: option.code ?? String.fromCharCode(97 + i) }));
}

/** votes({ yes: 3, no: 2 }) → five single-option ballots. */
function votes(counts: Record<string, number>): DecisionBallot[] {
  return Object.entries(counts).flatMap(([optionId, n]) => Array.from({ length: n }, () => ({ optionId })));
}

/** ranked([3, ['a', 'b']], …) → three ballots ranking a then b, … */
function ranked(...groups: [number, string[]][]): DecisionBallot[] {
  return groups.flatMap(([n, ranking]) => Array.from({ length: n }, () => ({ ranking })));
}

function run(process: DecisionProcess, ballots: DecisionBallot[], extra: Partial<DecideInput> & { labels?: string[] } = {}) {
  const { labels, ...rest } = extra;
  return decide({ process, options: options(process, labels), ballots, eligibleCount: ballots.length, quorumPercent: 0, ...rest });
}

const ABCD = ['A', 'B', 'C', 'D'];

describe('decide: quorum', () => {
  it('decides when the votes are exactly at the quorum', () => {
    const result = run('MAJORITY', votes({ yes: 3, no: 2 }), { eligibleCount: 10, quorumPercent: 50 });
    expect(result.outcome).toBe('ACCEPTED');
    expect(result.participation).toBe(0.5);
  });

  it('gives NO_QUORUM one vote short, with the tally still filled', () => {
    const result = run('MAJORITY', votes({ yes: 3, no: 0, abstain: 1 }), { eligibleCount: 10, quorumPercent: 50 });
    expect(result).toEqual({
      outcome: 'NO_QUORUM',
      winningOptionId: null,
      tally: [
        { optionId: 'yes', votes: 3, score: null },
        { optionId: 'no', votes: 0, score: null },
        { optionId: 'abstain', votes: 1, score: null },
      ],
      participation: 0.4,
    });
  });

  it('counts abstentions towards the quorum', () => {
    expect(run('MAJORITY', votes({ yes: 1, abstain: 4 }), { eligibleCount: 10, quorumPercent: 50 }).outcome).toBe('ACCEPTED');
  });

  it('reports participation 0 and meets any quorum when nobody is eligible', () => {
    const result = run('MAJORITY', [], { eligibleCount: 0, quorumPercent: 100 });
    expect(result.participation).toBe(0);
    expect(result.outcome).toBe('REJECTED');
  });

  it.each<[DecisionProcess, DecisionBallot[]]>([
    ['MAJORITY', votes({ yes: 2 })],
    ['CONSENT', votes({ consent: 2 })],
    ['ADVICE', votes({ support: 2 })],
    ['RANKED_CHOICE', ranked([2, ['a']])],
  ])('gives NO_QUORUM for %s too (ADVICE needs no decision then)', (process, ballots) => {
    const result = run(process, ballots, { eligibleCount: 5, quorumPercent: 50, labels: process === 'RANKED_CHOICE' ? ['A', 'B'] : undefined });
    expect(result.outcome).toBe('NO_QUORUM');
    expect(result.winningOptionId).toBeNull();
    expect(result.tally[0].votes).toBe(2);
    expect(result.rounds).toBeUndefined();
  });
});

describe('decide: MAJORITY with Yes / No / Abstain', () => {
  it('accepts when Yes outnumbers No, abstentions aside', () => {
    const result = run('MAJORITY', votes({ yes: 2, no: 1, abstain: 5 }));
    expect(result.outcome).toBe('ACCEPTED');
    expect(result.winningOptionId).toBe('yes');
    expect(result.tally.map((t) => t.votes)).toEqual([2, 1, 5]);
    expect(result.tally.every((t) => t.score === null)).toBe(true);
    expect(result.participation).toBe(1);
  });

  it('rejects with No winning when No outnumbers Yes', () => {
    expect(run('MAJORITY', votes({ yes: 2, no: 3 }))).toMatchObject({ outcome: 'REJECTED', winningOptionId: 'no' });
  });

  it('rejects without a winner when Yes equals No', () => {
    expect(run('MAJORITY', votes({ yes: 3, no: 3, abstain: 1 }))).toMatchObject({ outcome: 'REJECTED', winningOptionId: null });
  });

  it('rejects when everyone abstains', () => {
    expect(run('MAJORITY', votes({ abstain: 3 }))).toMatchObject({ outcome: 'REJECTED', winningOptionId: null });
  });
});

describe('decide: MAJORITY with custom options', () => {
  const labels = ['Plan A', 'Plan B', 'Plan C'];

  it('accepts the option with the most votes', () => {
    expect(run('MAJORITY', votes({ a: 1, b: 3, c: 2 }), { labels })).toMatchObject({ outcome: 'ACCEPTED', winningOptionId: 'b' });
  });

  it('rejects a tie for the most votes', () => {
    const result = run('MAJORITY', votes({ a: 2, b: 2, c: 1 }), { labels });
    expect(result).toMatchObject({ outcome: 'REJECTED', winningOptionId: null });
    expect(result.tally.map((t) => t.votes)).toEqual([2, 2, 1]);
  });

  it('rejects when there are no votes', () => {
    expect(run('MAJORITY', [], { labels, eligibleCount: 4 })).toMatchObject({ outcome: 'REJECTED', winningOptionId: null });
  });
});

describe('decide: CONSENT', () => {
  it('accepts with consents and concerns only', () => {
    expect(run('CONSENT', votes({ consent: 1, concern: 4 }))).toMatchObject({ outcome: 'ACCEPTED', winningOptionId: null });
  });

  it('rejects on a single objection', () => {
    const result = run('CONSENT', votes({ consent: 9, object: 1 }));
    expect(result).toMatchObject({ outcome: 'REJECTED', winningOptionId: null });
    expect(result.tally).toEqual([
      { optionId: 'consent', votes: 9, score: null },
      { optionId: 'concern', votes: 0, score: null },
      { optionId: 'object', votes: 1, score: null },
    ]);
  });
});

describe('decide: ADVICE', () => {
  it('follows the author, not the count', () => {
    expect(run('ADVICE', votes({ support: 5 }), { authorDecision: { outcome: 'REJECTED' } }).outcome).toBe('REJECTED');
    expect(run('ADVICE', votes({ oppose: 5 }), { authorDecision: { outcome: 'ACCEPTED' } })).toMatchObject({ outcome: 'ACCEPTED', winningOptionId: null });
  });

  it('requires the author’s decision', () => {
    expect(() => run('ADVICE', votes({ support: 1 }))).toThrow(DecisionRuleError);
    try {
      run('ADVICE', votes({ support: 1 }), { authorDecision: null });
    } catch (error) {
      expect((error as DecisionRuleError).field).toBe('outcome');
      return;
    }
    throw new Error('expected a DecisionRuleError');
  });
});

describe('decide: input', () => {
  it('counts a ballot for an unknown option towards participation only', () => {
    const result = run('MAJORITY', [...votes({ yes: 1 }), { optionId: 'gone' }], { eligibleCount: 4 });
    expect(result.participation).toBe(0.5);
    expect(result.tally.map((t) => t.votes)).toEqual([1, 0, 0]);
  });

  it('refuses options listed twice', () => {
    const opts = options('MAJORITY');
    expect(() => decide({ process: 'MAJORITY', options: [...opts, opts[0]], ballots: [], eligibleCount: 0, quorumPercent: 0 })).toThrow(/listed twice/);
  });
});

describe('decide: RANKED_CHOICE', () => {
  it('transfers votes over several rounds until one option has a majority', () => {
    // 14 ballots: D is out first (to C), then B (to C), and C wins 9 of 14.
    const result = run('RANKED_CHOICE', ranked([5, ['a', 'b']], [4, ['b', 'c']], [3, ['c', 'b']], [2, ['d', 'c', 'b']]), { labels: ABCD });
    expect(result.outcome).toBe('ACCEPTED');
    expect(result.winningOptionId).toBe('c');
    expect(result.tally).toEqual([
      { optionId: 'a', votes: 5, score: 5 },
      { optionId: 'b', votes: 4, score: 0 },
      { optionId: 'c', votes: 3, score: 9 },
      { optionId: 'd', votes: 2, score: 0 },
    ]);
    expect(result.rounds).toEqual([
      {
        number: 1,
        counts: [
          { optionId: 'a', votes: 5 },
          { optionId: 'b', votes: 4 },
          { optionId: 'c', votes: 3 },
          { optionId: 'd', votes: 2 },
        ],
        eliminated: 'd',
        exhausted: 0,
        winner: null,
      },
      {
        number: 2,
        counts: [
          { optionId: 'a', votes: 5 },
          { optionId: 'b', votes: 4 },
          { optionId: 'c', votes: 5 },
        ],
        eliminated: 'b',
        exhausted: 0,
        winner: null,
      },
      {
        number: 3,
        counts: [
          { optionId: 'a', votes: 5 },
          { optionId: 'c', votes: 9 },
        ],
        eliminated: null,
        exhausted: 0,
        winner: 'c',
      },
    ]);
  });

  it('wins in round 1 with a strict majority of first preferences', () => {
    const result = run('RANKED_CHOICE', ranked([3, ['b']], [2, ['a', 'b']]), { labels: ['A', 'B'] });
    expect(result.winningOptionId).toBe('b');
    expect(result.rounds).toHaveLength(1);
  });

  it('needs more than half of the continuing ballots, not of all ballots, after exhaustion', () => {
    // Partial rankings: C (tied with B, listed last) goes first and two of its three ballots
    // exhaust; then B (tied with A at 4, but fewer in round 1) goes and all its ballots exhaust.
    const result = run('RANKED_CHOICE', ranked([4, ['a']], [3, ['b']], [2, ['c']], [1, ['c', 'b']]), { labels: ['A', 'B', 'C'] });
    expect(result.rounds!.map((r) => [r.counts.map((c) => `${c.optionId}${c.votes}`).join(' '), r.eliminated, r.exhausted, r.winner])).toEqual([
      ['a4 b3 c3', 'c', 0, null],
      ['a4 b4', 'b', 2, null],
      ['a4', null, 6, 'a'],
    ]);
    expect(result).toMatchObject({ outcome: 'ACCEPTED', winningOptionId: 'a' });
    expect(result.tally.map((t) => t.score)).toEqual([4, 0, 0]);
  });

  it('breaks a tie for elimination by the previous round before display order', () => {
    // Round 2: A and B tie at 4; A had fewer in round 1 (3 to 4), so A goes, although B is listed later.
    const result = run('RANKED_CHOICE', ranked([3, ['a']], [4, ['b']], [1, ['c', 'a']], [5, ['d']]), { labels: ABCD });
    expect(result.rounds!.map((r) => r.eliminated)).toEqual(['c', 'a', null]);
    expect(result.rounds![1].counts).toEqual([
      { optionId: 'a', votes: 4 },
      { optionId: 'b', votes: 4 },
      { optionId: 'd', votes: 5 },
    ]);
    expect(result.winningOptionId).toBe('d');
    expect(result.rounds![2]).toMatchObject({ exhausted: 4, winner: 'd' });
  });

  it('goes back more than one round to break a tie', () => {
    // P and Q tie in rounds 3 and 2; in round 1 P had fewer. Round 1's three-way tie at 1 goes to R, listed last of them.
    const labels = ['P', 'Q', 'V', 'R', 'T'];
    const result = run('RANKED_CHOICE', ranked([1, ['a']], [2, ['b']], [1, ['c']], [1, ['d', 'a']], [3, ['e']]), { labels });
    expect(result.rounds!.map((r) => [r.counts.map((c) => c.votes).join(' '), r.eliminated])).toEqual([
      ['1 2 1 1 3', 'd'],
      ['2 2 1 3', 'c'],
      ['2 2 3', 'a'],
      ['2 3', null],
    ]);
    expect(result.winningOptionId).toBe('e');
  });

  it('eliminates the option listed last when tied all the way back', () => {
    const result = run('RANKED_CHOICE', ranked([1, ['a']], [1, ['b']]), { labels: ['A', 'B'] });
    expect(result.rounds!.map((r) => r.eliminated)).toEqual(['b', null]);
    expect(result.winningOptionId).toBe('a');
  });

  it('eliminates options without any votes, one per round, lowest first', () => {
    const result = run('RANKED_CHOICE', ranked([2, ['a']], [1, ['b', 'a']], [2, ['c']]), { labels: ABCD });
    expect(result.rounds!.map((r) => r.eliminated)).toEqual(['d', 'b', null]);
    expect(result.winningOptionId).toBe('a');
    expect(result.tally.map((t) => [t.votes, t.score])).toEqual([
      [2, 3],
      [1, 0],
      [2, 2],
      [0, 0],
    ]);
  });

  it('rejects without a winner when there are no ballots', () => {
    const result = run('RANKED_CHOICE', [], { labels: ['A', 'B', 'C'], eligibleCount: 3 });
    expect(result).toMatchObject({ outcome: 'REJECTED', winningOptionId: null, participation: 0 });
    expect(result.rounds!.map((r) => r.eliminated)).toEqual(['c', 'b', null]);
    expect(result.tally.map((t) => t.score)).toEqual([0, 0, 0]);
  });

  it('skips ids it does not know and counts an empty ranking as exhausted', () => {
    const result = run('RANKED_CHOICE', [{ ranking: ['gone', 'b'] }, { ranking: [] }, { ranking: null }, { ranking: ['a'] }], { labels: ['A', 'B'] });
    expect(result.tally.map((t) => t.votes)).toEqual([1, 1]);
    expect(result.rounds![0].exhausted).toBe(2);
  });
});
