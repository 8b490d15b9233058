import { describe, expect, it } from 'vitest';
import { BLT_MAX_BALLOTS, BltError, ParsedBlt, parseBlt, tallyBlt, toBlt } from './blt';
import { decide } from './decide';
import { DecisionRuleError } from './decision-rules';

const OPTIONS = [
  { id: 'o1', label: 'Alice' },
  { id: 'o2', label: 'Bob "the builder"' },
  { id: 'o3', label: 'C:\\Carol' },
];

describe('toBlt', () => {
  it('writes the header, weighted ballot lines, 0, quoted names and the title', () => {
    const text = toBlt({
      title: 'Board seat',
      options: OPTIONS,
      rankings: [['o1', 'o2'], ['o3'], ['o1', 'o2'], ['o2', 'o3', 'o1']],
      seats: 1,
    });
    expect(text).toBe(['3 1', '2 1 2 0', '1 3 0', '1 2 3 1 0', '0', '"Alice"', '"Bob \\"the builder\\""', '"C:\\\\Carol"', '"Board seat"', ''].join('\n'));
  });

  it('writes a line break in a name as a space', () => {
    expect(toBlt({ title: 'a\nb', options: OPTIONS, rankings: [] }).split('\n').at(-2)).toBe('"a b"');
  });

  it('refuses a ranking that is not a valid ballot', () => {
    expect(() => toBlt({ title: 't', options: OPTIONS, rankings: [['o1', 'o9']] })).toThrow(DecisionRuleError);
    expect(() => toBlt({ title: 't', options: OPTIONS, rankings: [['o1', 'o1']] })).toThrow(/more than once/);
  });
});

describe('parseBlt', () => {
  it('reads withdrawn candidates, weights, ids, comments, blank lines, CRLF and a byte-order mark', () => {
    const text = [
      '\uFEFF# An election',
      '4 1',
      '',
      '-2 -4   # two withdrawn',
      '3 1 3 0',
      '(b-7) 2 2 1 0',
      '1 0',
      '0',
      '"Alice"',
      '# a comment among the names',
      '"Bob # not a comment"',
      '"Carol \\"C\\""  # a comment',
      '"Dave"',
      '"Board 2026"',
      '',
    ].join('\r\n');
    expect(parseBlt(text)).toEqual({
      title: 'Board 2026',
      candidates: ['Alice', 'Bob # not a comment', 'Carol "C"', 'Dave'],
      seats: 1,
      withdrawn: [2, 4],
      ballots: [
        { weight: 3, ranking: [1, 3] },
        { weight: 2, ranking: [2, 1], id: 'b-7' },
        { weight: 1, ranking: [] },
      ],
    });
  });

  const valid = (ballots: string[]) => ['3 1', ...ballots, '0', '"A"', '"B"', '"C"', '"T"'].join('\n');

  it.each([
    ['an empty file', '  \n# nothing\n', /^the file is empty$/],
    ['a header without seats', '3\n0\n"A"\n"B"\n"C"\n"T"', /^line 1: the first line must be/],
    ['no candidates', '0 1\n0\n"T"', /^line 1: the number of candidates must be 1 to 1000/],
    ['more than 1,000 candidates', '1001 1\n0', /^line 1: the number of candidates must be 1 to 1000/],
    ['no seats', '3 0\n0', /^line 1: the number of seats/],
    ['a withdrawn candidate out of range', valid(['-4']), /^line 2: withdrawn candidates are written -1 to -3/],
    ['an unknown candidate', valid(['1 1 0', '1 4 0']), /^line 3: there is no candidate 4/],
    ['a candidate ranked twice', valid(['1 1 2 1 0']), /^line 2: candidate 1 is ranked twice/],
    ['a ballot without its closing 0', valid(['1 1 2']), /^line 2: a ballot must end with 0/],
    ['a weight of 0', valid(['0 1 0']), /^line 2: a ballot starts with its weight/],
    ['a word among the numbers', valid(['1 1 two 0']), /^line 2: expected a whole number, found "two"/],
    ['an equal ranking', valid(['1 1=2 0']), /^line 2: expected a whole number, found "1=2"/],
    ['a line longer than the candidates allow', valid(['1 1 2 3 1 2 3 0']), /^line 2: too many numbers on one line \(at most 5\)/],
    ['more than 1,000,000 ballots', valid(['999999 1 0', '2 2 0']), new RegExp(`^line 3: more than ${BLT_MAX_BALLOTS} ballots`)],
    ['no end-of-ballots line', '3 1\n1 1 0\n', /^line 2: the ballots must end with a line "0"/],
    ['too few names', '3 1\n0\n"A"\n"B"', /^line 4: expected 3 candidate names and a title, found 2 names/],
    ['no title', '3 1\n0\n"A"\n"B"\n"C"', /^line 5: expected the title/],
    ['a name without quotes', '3 1\n0\n"A"\nB\n"C"\n"T"', /^line 4: expected the candidate name in double quotes/],
    ['a name without its closing quote', '3 1\n0\n"A"\n"B\n"C"\n"T"', /^line 4: the candidate name has no closing quote/],
    ['text after a name', '3 1\n0\n"A" "B"\n"C"\n"D"\n"T"', /^line 3: unexpected text after the candidate name/],
    ['a name over 1,000 characters', `1 1\n0\n"${'n'.repeat(1001)}"\n"T"`, /^line 3: the candidate name is longer than 1000/],
    ['lines after the title', `${valid([])}\n"more"`, /^line 7: unexpected text after the title/],
  ])('refuses %s', (_name, text, message) => {
    let thrown: unknown;
    try {
      parseBlt(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BltError);
    expect((thrown as BltError).message).toMatch(message);
  });

  it('accepts a name of exactly 1,000 characters', () => {
    expect(parseBlt(`1 1\n0\n"${'n'.repeat(1000)}"\n"T"`).candidates[0]).toHaveLength(1000);
  });
});

describe('tallyBlt', () => {
  it('counts weights and leaves withdrawn candidates out from round 1', () => {
    // B is withdrawn: its 4 ballots count for their next choices (3 for C, 1 exhausted).
    const parsed = parseBlt(['3 1', '-2', '5 1 0', '3 2 3 0', '1 2 0', '4 3 1 0', '0', '"A"', '"B"', '"C"', '"T"'].join('\n'));
    const tally = tallyBlt(parsed);
    expect(tally.rounds).toEqual([
      {
        number: 1,
        counts: [
          { candidate: 1, votes: 5 },
          { candidate: 3, votes: 7 },
        ],
        eliminated: null,
        exhausted: 1,
        winner: 3,
      },
    ]);
    expect(tally.winner).toBe(3);
  });

  it('reports no winner when every candidate is withdrawn', () => {
    expect(tallyBlt(parseBlt('2 1\n-1 -2\n1 1 0\n0\n"A"\n"B"\n"T"'))).toEqual({ winner: null, rounds: [] });
  });

  it('counts single seats only', () => {
    expect(() => tallyBlt(parseBlt('3 2\n1 1 0\n0\n"A"\n"B"\n"C"\n"T"'))).toThrow(/single-seat/);
  });

  it('gives the same count as decide() after a round trip through toBlt and parseBlt', () => {
    const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, code: null, label: id.toUpperCase() }));
    const rankings = [
      ...Array.from({ length: 5 }, () => ['a', 'b']),
      ...Array.from({ length: 4 }, () => ['b', 'c']),
      ...Array.from({ length: 3 }, () => ['c']),
      ...Array.from({ length: 2 }, () => ['d', 'c', 'b']),
      ['d'],
    ];
    const decided = decide({ process: 'RANKED_CHOICE', options, ballots: rankings.map((ranking) => ({ ranking })), eligibleCount: 15, quorumPercent: 0 });
    const parsed = parseBlt(toBlt({ title: 'Round trip', options, rankings }));
    expect(parsed.title).toBe('Round trip');
    expect(parsed.candidates).toEqual(['A', 'B', 'C', 'D']);
    const tally = tallyBlt(parsed);

    const id = (n: number | null) => (n === null ? null : options[n - 1].id);
    expect(id(tally.winner)).toBe(decided.winningOptionId);
    expect(decided.winningOptionId).toBe('c');
    expect(
      tally.rounds.map((r) => ({
        number: r.number,
        counts: r.counts.map((c) => ({ optionId: id(c.candidate), votes: c.votes })),
        eliminated: id(r.eliminated),
        exhausted: r.exhausted,
        winner: id(r.winner),
      })),
    ).toEqual(decided.rounds);
    expect(decided.rounds).toHaveLength(3);
  });

  it('handles 1,000 candidates and 200,000 ballots', () => {
    // Candidate n has 200 first preferences; every ballot's second choice is candidate 1.
    // Ties go to the candidate listed last, so 1000, 999, … go, and candidate 1 passes half at round 501.
    const ballots = Array.from({ length: 200_000 }, (_, i) => ({ weight: 1, ranking: i % 1000 === 0 ? [1] : [(i % 1000) + 1, 1] }));
    const parsed: ParsedBlt = { title: 't', candidates: Array.from({ length: 1000 }, (_, i) => `c${i + 1}`), seats: 1, withdrawn: [], ballots };
    const tally = tallyBlt(parsed);
    expect(tally.winner).toBe(1);
    expect(tally.rounds).toHaveLength(501);
    expect(tally.rounds[0].eliminated).toBe(1000);
    expect(tally.rounds[500].counts[0]).toEqual({ candidate: 1, votes: 100_200 });
  });
});
