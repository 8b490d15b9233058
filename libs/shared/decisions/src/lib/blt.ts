/**
 * The BLT ballot file, as OpenSTV and other counting programs read it:
 *
 *     3 1                  <candidates> <seats>
 *     -3                   optional: withdrawn candidates, negative numbers (one line)
 *     1 2 1 3 0            a ballot: <weight> <candidate numbers (1-based), most preferred first> 0
 *     (b7) 2 3 0           optionally with an id in parentheses before the weight
 *     0                    end of ballots
 *     "Alice"              one name per candidate, double-quoted
 *     "Bob"
 *     "Carol"
 *     "Election title"     the title, double-quoted
 *
 * Blank lines are ignored, `#` starts a comment (outside quotes). Inside quotes a backslash
 * escapes the next character (`\"` is a quote, `\\` a backslash); toBlt writes names that
 * way and puts line breaks in a name as spaces. Equal rankings (`=`) and skipped ranks
 * (`-`) are not supported and are reported as errors.
 */
import { DecisionRuleError, validateRanking } from './decision-rules';
import { instantRunoff } from './instant-runoff';

/** Limits so a hostile file cannot exhaust memory or CPU. */
export const BLT_MAX_CANDIDATES = 1_000;
/** Ballots, counting a weighted line as that many ballots. */
export const BLT_MAX_BALLOTS = 1_000_000;
/** Candidate numbers over all ballot lines. */
export const BLT_MAX_RANKS = 10_000_000;
export const BLT_MAX_NAME_LENGTH = 1_000;

export interface BltInput {
  title: string;
  /** Display order: candidate 1 is options[0]. */
  options: readonly { id: string; label: string }[];
  /** Option ids, most preferred first; each validated like a ranked ballot. */
  rankings: readonly (readonly string[])[];
  seats?: 1;
}

export interface BltBallot {
  /** How many identical ballots this line stands for. */
  weight: number;
  /** Candidate numbers, 1-based, most preferred first. */
  ranking: number[];
  id?: string;
}

export interface ParsedBlt {
  title: string;
  /** Names; candidate n is candidates[n - 1]. */
  candidates: string[];
  seats: number;
  /** Withdrawn candidate numbers, 1-based. */
  withdrawn: number[];
  ballots: BltBallot[];
}

export interface BltRound {
  number: number;
  /** Candidates in the race (1-based numbers), in file order. */
  counts: { candidate: number; votes: number }[];
  eliminated: number | null;
  exhausted: number;
  winner: number | null;
}

export interface BltTally {
  /** Candidate number (1-based), or null when nobody wins. */
  winner: number | null;
  rounds: BltRound[];
}

/** A malformed BLT file; `line` is 1-based, null when the problem is not on one line. */
export class BltError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'BltError';
  }
}

/** A BLT file for a single-seat ranked-choice count. Identical rankings share one weighted line. */
export function toBlt(input: BltInput): string {
  if ((input.seats ?? 1) !== 1) throw new DecisionRuleError('seats', 'Only single-seat counts are supported');
  const ids = input.options.map((option) => option.id);
  const number = new Map(ids.map((id, i) => [id, i + 1]));
  const lines = new Map<string, number>();
  for (const ranking of input.rankings) {
    validateRanking(ids, ranking);
    const key = ranking.map((id) => number.get(id)).join(' ');
    lines.set(key, (lines.get(key) ?? 0) + 1);
  }
  return [
    `${input.options.length} 1`,
    ...[...lines].map(([ranking, weight]) => `${weight} ${ranking} 0`),
    '0',
    ...input.options.map((option) => quote(option.label)),
    quote(input.title),
    '',
  ].join('\n');
}

function quote(text: string): string {
  return `"${text.replace(/\r\n?|\n/g, ' ').replace(/["\\]/g, '\\$&')}"`;
}

/** Reads a BLT file (see the top of this file). Throws BltError, with the line number, on malformed input. */
export function parseBlt(text: string): ParsedBlt {
  let at = text.startsWith('\uFEFF') ? 1 : 0; // offset of the next line (after a byte-order mark)
  let lineNumber = 0;
  // The next line with content (blanks, comments skipped; with strip, a trailing comment removed), or null at the end.
  const next = (strip = true): { text: string; line: number } | null => {
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const raw = text.slice(at, end);
      at = end + 1;
      lineNumber++;
      const content = (strip ? raw.replace(/#[^]*$/, '') : raw).trim();
      if (content && !content.startsWith('#')) return { text: content, line: lineNumber };
    }
    return null;
  };
  // At most `max` whole numbers, so one enormous line is refused before it is split.
  const integers = (line: string, at: number, max: number): number[] => {
    const out: number[] = [];
    for (const [token] of line.matchAll(/\S+/g)) {
      if (out.length === max) throw new BltError(`too many numbers on one line (at most ${max})`, at);
      if (!/^-?\d{1,15}$/.test(token)) throw new BltError(`expected a whole number, found "${clip(token)}"`, at);
      out.push(Number(token));
    }
    return out;
  };

  const header = next();
  if (!header) throw new BltError('the file is empty');
  const head = integers(header.text, header.line, 3);
  if (head.length !== 2) throw new BltError('the first line must be "<candidates> <seats>"', header.line);
  const [candidateCount, seats] = head;
  if (candidateCount < 1 || candidateCount > BLT_MAX_CANDIDATES) {
    throw new BltError(`the number of candidates must be 1 to ${BLT_MAX_CANDIDATES}`, header.line);
  }
  if (seats < 1 || seats > candidateCount) throw new BltError('the number of seats must be 1 to the number of candidates', header.line);

  const withdrawn: number[] = [];
  const ballots: BltBallot[] = [];
  let ballotCount = 0;
  let rankCount = 0;
  let ended = false;
  let first = true;
  for (let entry = next(); entry; entry = next()) {
    let line = entry.text;
    let id: string | undefined;
    const idMatch = /^\(([^()]*)\)\s*/.exec(line);
    if (idMatch) {
      id = idMatch[1].trim();
      line = line.slice(idMatch[0].length);
      if (!line) throw new BltError('a ballot id must be followed by the ballot', entry.line);
    }
    const numbers = integers(line, entry.line, candidateCount + 2);
    if (first && !id && numbers[0] < 0) {
      first = false;
      for (const n of numbers) {
        if (n >= 0 || -n > candidateCount) throw new BltError(`withdrawn candidates are written -1 to -${candidateCount}`, entry.line);
        if (!withdrawn.includes(-n)) withdrawn.push(-n);
      }
      continue;
    }
    first = false;
    if (numbers.length === 1 && numbers[0] === 0 && !id) {
      ended = true;
      break;
    }
    ballots.push(ballot(numbers, candidateCount, entry.line, id));
    ballotCount += numbers[0];
    rankCount += numbers.length - 2;
    if (ballotCount > BLT_MAX_BALLOTS) throw new BltError(`more than ${BLT_MAX_BALLOTS} ballots`, entry.line);
    if (rankCount > BLT_MAX_RANKS) throw new BltError(`more than ${BLT_MAX_RANKS} rankings in all`, entry.line);
  }
  if (!ended) throw new BltError('the ballots must end with a line "0"', lineNumber);

  const candidates: string[] = [];
  for (let n = 1; n <= candidateCount; n++) {
    const entry = next(false);
    if (!entry) throw new BltError(`expected ${candidateCount} candidate names and a title, found ${n - 1} names`, lineNumber);
    candidates.push(quoted(entry.text, entry.line, 'candidate name'));
  }
  const titleEntry = next(false);
  if (!titleEntry) throw new BltError(`expected the title after the ${candidateCount} candidate names`, lineNumber);
  const title = quoted(titleEntry.text, titleEntry.line, 'title');
  const extra = next();
  if (extra) throw new BltError('unexpected text after the title', extra.line);

  return { title, candidates, seats, withdrawn, ballots };
}

function ballot(numbers: number[], candidateCount: number, line: number, id?: string): BltBallot {
  const [weight, ...rest] = numbers;
  if (weight < 1) throw new BltError('a ballot starts with its weight, a whole number of 1 or more', line);
  if (rest.length === 0 || rest[rest.length - 1] !== 0) throw new BltError('a ballot must end with 0', line);
  const ranking = rest.slice(0, -1);
  const seen = new Set<number>();
  for (const c of ranking) {
    if (c < 1 || c > candidateCount) throw new BltError(`there is no candidate ${c} (candidates are 1 to ${candidateCount})`, line);
    if (seen.has(c)) throw new BltError(`candidate ${c} is ranked twice`, line);
    seen.add(c);
  }
  return id === undefined ? { weight, ranking } : { weight, ranking, id };
}

// One double-quoted string, backslash escapes, then nothing but an optional comment.
function quoted(text: string, line: number, what: string): string {
  if (!text.startsWith('"')) throw new BltError(`expected the ${what} in double quotes`, line);
  let out = '';
  let i = 1;
  for (; i < text.length && text[i] !== '"'; i++) {
    if (text[i] === '\\' && i + 1 < text.length) i++;
    out += text[i];
    if (out.length > BLT_MAX_NAME_LENGTH) throw new BltError(`the ${what} is longer than ${BLT_MAX_NAME_LENGTH} characters`, line);
  }
  if (i >= text.length) throw new BltError(`the ${what} has no closing quote`, line);
  const rest = text.slice(i + 1).trim();
  if (rest && !rest.startsWith('#')) throw new BltError(`unexpected text after the ${what}`, line);
  return out;
}

function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** Single-seat instant-runoff over a parsed file, with ballot weights; withdrawn candidates are out before round 1. */
export function tallyBlt(parsed: ParsedBlt): BltTally {
  if (parsed.seats !== 1) throw new BltError(`only single-seat counts are supported (the file has ${parsed.seats} seats)`);
  const runoff = instantRunoff(
    parsed.candidates.length,
    parsed.ballots.map((b) => ({ weight: b.weight, ranking: b.ranking.map((n) => n - 1) })),
    parsed.withdrawn.map((n) => n - 1),
  );
  const one = (c: number | null) => (c === null ? null : c + 1);
  return {
    winner: one(runoff.winner),
    rounds: runoff.rounds.map((round) => ({
      number: round.number,
      counts: round.counts.map(({ candidate, votes }) => ({ candidate: candidate + 1, votes })),
      eliminated: one(round.eliminated),
      exhausted: round.exhausted,
      winner: one(round.winner),
    })),
  };
}
