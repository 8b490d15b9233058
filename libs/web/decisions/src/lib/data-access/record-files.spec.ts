import { describe, expect, it } from 'vitest';
import { decisionLogFile, fileStem, recordFiles, toBlob } from './record-files';

describe('fileStem', () => {
  it.each([
    ['Budget 2026: Q1 (draft)', 'budget-2026-q1-draft'],
    ['Änderung der Öffnungszeiten – Straße', 'anderung-der-offnungszeiten-strasse'],
    ['  --Hello--  ', 'hello'],
    ['???', 'decision'],
    ['', 'decision'],
    ['a'.repeat(80), 'a'.repeat(60)],
    [`${'word '.repeat(12)}end`, 'word-'.repeat(12).slice(0, -1)],
  ])('%s → %s', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });
});

describe('recordFiles', () => {
  const record = { markdown: '# Rec', json: '{"a":1}', ballotsCsv: 'voter,option\r\nalice,Object\r\n', ballotsBlt: null };

  it('offers Markdown, JSON and CSV with their types', () => {
    expect(recordFiles('Adopt X', record).map((f) => [f.kind, f.fileName, f.mimeType])).toEqual([
      ['markdown', 'adopt-x-record.md', 'text/markdown;charset=utf-8'],
      ['json', 'adopt-x-record.json', 'application/json;charset=utf-8'],
      ['csv', 'adopt-x-ballots.csv', 'text/csv;charset=utf-8'],
    ]);
  });

  it('adds the BLT ballots of a ranked-choice vote', () => {
    const files = recordFiles('Pick a vendor', { ...record, ballotsBlt: '3 1\n1 2 0\n0\n"A"\n"Pick a vendor"\n' });
    expect(files.map((f) => f.fileName)).toEqual(['pick-a-vendor-record.md', 'pick-a-vendor-record.json', 'pick-a-vendor-ballots.csv', 'pick-a-vendor-ballots.blt']);
  });

  it('builds Blobs with the exact content', async () => {
    const [, , csv] = recordFiles('Adopt X', record);
    const blob = toBlob(csv);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe(record.ballotsCsv);
  });
});

describe('decisionLogFile', () => {
  it('names the log after the space key', () => {
    expect(decisionLogFile('RISK-7', '# Log').fileName).toBe('risk-7-decision-log.md');
  });
});
