import { parseBlt, tallyBlt } from '@pnyx/shared/decisions';
import { describe, expect, it } from 'vitest';
import { ballotsBlt, ballotsCsv, recordHash, recordMarkdown, type DecisionRecordContent } from './decision-record';

const person = (username: string) => ({ id: `id-${username}`, username, displayName: username.toUpperCase() });

function record(over: Partial<DecisionRecordContent> = {}): DecisionRecordContent {
  return {
    format: 'pnyx.decision-record/1',
    proposalId: 'p1',
    space: { id: 's1', key: 'ENG', name: 'Engineering' },
    question: { title: 'Pick a city', description: 'Where do we meet?', version: 1 },
    process: 'RANKED_CHOICE',
    author: person('carol'),
    openedAt: '2026-11-01T00:00:00.000Z',
    closesAt: '2026-11-04T00:00:00.000Z',
    closedAt: '2026-11-04T00:00:00.000Z',
    closedBy: 'schedule',
    outcome: 'ACCEPTED',
    statement: null,
    winningOption: { id: 'b', label: 'Frankfurt' },
    options: [
      { id: 'a', code: null, label: 'Berlin' },
      { id: 'b', code: null, label: 'Frankfurt' },
      { id: 'c', code: null, label: 'Munich' },
    ],
    tally: [
      { optionId: 'a', label: 'Berlin', votes: 1, score: 1 },
      { optionId: 'b', label: 'Frankfurt', votes: 1, score: 2 },
      { optionId: 'c', label: 'Munich', votes: 1, score: 0 },
    ],
    rounds: null,
    quorumPercent: 0,
    eligibleVoterCount: 3,
    voteCount: 3,
    participation: 1,
    votes: [
      { voter: person('alice'), optionId: null, ranking: ['c', 'b'], reason: '=HYPERLINK("http://evil")', proposalVersion: 1, castAt: 't', updatedAt: 't' },
      { voter: person('bob'), optionId: null, ranking: ['a'], reason: 'Line one\nline "two"', proposalVersion: 1, castAt: 't', updatedAt: 't' },
      { voter: person('carol'), optionId: null, ranking: ['b', 'c', 'a'], reason: null, proposalVersion: 1, castAt: 't', updatedAt: 't' },
    ],
    arguments: [{ side: 'CON', body: 'Too far', author: person('bob'), createdAt: 't' }],
    ...over,
  };
}

describe('decision record exports', () => {
  it('hashes the canonical content: key order does not matter, any change does', () => {
    const r = record();
    const reordered = JSON.parse(JSON.stringify({ ...r, question: { version: 1, description: 'Where do we meet?', title: 'Pick a city' } }));
    expect(recordHash(reordered)).toBe(recordHash(r));
    expect(recordHash(record({ outcome: 'REJECTED' }))).not.toBe(recordHash(r));
  });

  it('writes CSV that a spreadsheet reads as text: formulas defused, quotes and line breaks quoted', () => {
    const lines = ballotsCsv(record()).split('\r\n');
    expect(lines[0]).toBe('voter,display_name,option,ranking,reason,proposal_version,cast_at,updated_at');
    expect(lines[1]).toBe(`alice,ALICE,,Munich > Frankfurt,"'=HYPERLINK(""http://evil"")",1,t,t`);
    expect(ballotsCsv(record())).toContain('"Line one\nline ""two"""');
  });

  it('writes BLT that recounts to the same winner, and none for other processes', () => {
    const blt = ballotsBlt(record());
    expect(blt).not.toBeNull();
    const parsed = parseBlt(blt as string);
    expect(parsed.candidates).toEqual(['Berlin', 'Frankfurt', 'Munich']);
    expect(parsed.candidates[(tallyBlt(parsed).winner as number) - 1]).toBe('Frankfurt');
    expect(ballotsBlt(record({ process: 'MAJORITY' }))).toBeNull();
  });

  it('writes Markdown with the outcome, the hash, every vote with its reason, arguments and dissents', () => {
    const md = recordMarkdown(record(), [{ author: 'ALICE', body: 'Munich was closer for most', createdAt: 't' }], 'abc123');
    expect(md).toContain('# Decision: Pick a city');
    expect(md).toContain('- Outcome: **ACCEPTED** (Frankfurt)');
    expect(md).toContain('`abc123`');
    expect(md).toContain('- ALICE (@alice): Munich > Frankfurt — =HYPERLINK("http://evil")');
    expect(md).toContain('- **CON** BOB: Too far');
    expect(md).toContain('## Minority statements');
  });
});
