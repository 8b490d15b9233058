import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'tools/tally/tally.ts');

// As `npm run tally -- <file>` runs it: tsx, from the repository root.
function tally(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
}

describe('tally CLI', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pnyx-tally-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the title, the candidates, every round, and the winner last', () => {
    // 4 candidates, Dave withdrawn. Round 1: Alice 4, Bob 3, Carol 3 (tie: Carol, listed last, goes;
    // one of her ballots moves to Bob, two exhaust). Round 2: Alice 4, Bob 4 (tie: Bob had fewer in
    // round 1, goes; his ballots exhaust). Round 3: Alice 4 of 4 continuing.
    const path = file(
      'board.blt',
      ['# board election', '4 1', '-4', '4 1 0', '3 2 0', '2 3 0', '1 3 2 0', '0', '"Alice"', '"Bob"', '"Carol"', '"Dave"', '"Board 2026"', ''].join('\n'),
    );
    const run = tally(path);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'title: Board 2026',
      'candidates:',
      '  1. Alice',
      '  2. Bob',
      '  3. Carol',
      '  4. Dave (withdrawn)',
      'round 1:',
      '  Alice: 4',
      '  Bob: 3',
      '  Carol: 3',
      '  exhausted: 0',
      '  eliminated: Carol',
      'round 2:',
      '  Alice: 4',
      '  Bob: 4',
      '  exhausted: 2',
      '  eliminated: Bob',
      'round 3:',
      '  Alice: 4',
      '  exhausted: 6',
      '  elected: Alice',
      'winner: Alice',
      '',
    ]);
  }, 60_000);

  it('ends with "winner: none" when there are no ballots, and shows control characters escaped', () => {
    const run = tally(file('empty.blt', '2 1\n0\n"A\u001b[31m"\n"B"\n"Nobody voted"\n'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  1. A\\u001b[31m\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('winner: none');
  }, 60_000);

  it('exits 2 naming the line of a malformed file', () => {
    const run = tally(file('bad.blt', '3 1\n1 1 0\n1 2 7 0\n0\n"A"\n"B"\n"C"\n"T"\n'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.blt: line 3: there is no candidate 7/);
  }, 60_000);

  it('exits 2 without a file, or with one that does not exist', () => {
    const none = tally();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run tally -- <file\.blt>/);
    const missing = tally(join(dir, 'missing.blt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.blt: ENOENT/);
  }, 60_000);
});
