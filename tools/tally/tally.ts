/**
 * Recounts a single-seat ranked-choice election from a BLT ballot file (the format
 * OpenSTV reads; see libs/shared/decisions/src/lib/blt.ts), by the same instant-runoff
 * the API uses at close:
 *
 *     npm run tally -- ballots.blt
 *
 * Prints the title, the candidates and every round; the last line is `winner: <name>`
 * (or `winner: none`). Exit code 2 on a missing argument or a file it cannot read or count.
 */
import { readFileSync, statSync } from 'node:fs';
// By path, not @pnyx/shared/decisions: tsx reads aliases from a tsconfig.json in the cwd, and the repo has only tsconfig.base.json.
import { BltError, parseBlt, tallyBlt } from '../../libs/shared/decisions/src/index';

/** Bigger than any file within the parser's limits (1,000,000 ballots, 10,000,000 ranks). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`tally: ${message}\n`);
  process.exit(2);
}

// Names come from the file: control characters (terminal escapes) are shown, not sent.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function main(args: string[]): void {
  const file = args[0];
  if (!file || args.length > 1) fail('usage: npm run tally -- <file.blt>');

  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) fail(`${file}: larger than ${MAX_FILE_BYTES} bytes`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }

  let parsed: ReturnType<typeof parseBlt>;
  let tally: ReturnType<typeof tallyBlt>;
  try {
    parsed = parseBlt(text);
    tally = tallyBlt(parsed);
  } catch (error) {
    if (error instanceof BltError) fail(`${file}: ${error.message}`);
    throw error;
  }

  const name = (n: number) => printable(parsed.candidates[n - 1]);
  const out: string[] = [`title: ${printable(parsed.title)}`, 'candidates:'];
  parsed.candidates.forEach((_, i) => out.push(`  ${i + 1}. ${name(i + 1)}${parsed.withdrawn.includes(i + 1) ? ' (withdrawn)' : ''}`));
  for (const round of tally.rounds) {
    out.push(`round ${round.number}:`);
    for (const { candidate, votes } of round.counts) out.push(`  ${name(candidate)}: ${votes}`);
    out.push(`  exhausted: ${round.exhausted}`);
    if (round.eliminated !== null) out.push(`  eliminated: ${name(round.eliminated)}`);
    if (round.winner !== null) out.push(`  elected: ${name(round.winner)}`);
  }
  out.push(`winner: ${tally.winner === null ? 'none' : name(tally.winner)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));
