/**
 * Single-seat instant-runoff, shared by decide() (RANKED_CHOICE) and tallyBlt().
 * Candidates are numbered 0..candidateCount-1 in display order.
 *
 * Each round counts every ballot for its highest-ranked candidate still in the race. A
 * candidate with more than half of the continuing (not exhausted) ballots wins; otherwise
 * the candidate with the fewest votes (zero included) is eliminated. A tie for elimination
 * goes to the candidate with fewer votes in the previous round, then the round before, back
 * to round 1; if still tied, the candidate listed last is eliminated. A ballot whose ranked
 * candidates are all out is exhausted. The last candidate left wins if it has any vote.
 *
 * Cost: every ballot is placed once, and moved only when its current candidate is
 * eliminated, so a round costs the ballots it transfers (and the ranks they skip) plus
 * sorting the candidates: O(ballots × ranks) over the whole count, never ballots × ballots.
 * Ranks that are not a candidate number, or repeat one already passed, are skipped
 * (decide() uses -1 for ids it does not know).
 */
export interface WeightedRanking {
  /** Candidate numbers, most preferred first. */
  readonly ranking: readonly number[];
  /** How many identical ballots this is: a positive whole number. */
  readonly weight: number;
}

export interface RunoffRound {
  /** 1-based. */
  number: number;
  /** The candidates in the race this round, display order. */
  counts: { candidate: number; votes: number }[];
  /** Eliminated at the end of this round; null when the count ends here. */
  eliminated: number | null;
  /** Ballots (weights) with no candidate left in the race. */
  exhausted: number;
  winner: number | null;
}

export interface RunoffResult {
  rounds: RunoffRound[];
  winner: number | null;
  /** Votes per candidate in round 1 (0 for withdrawn candidates). */
  firstRound: number[];
  /** Votes per candidate in the last round (0 for candidates eliminated before it). */
  lastRound: number[];
}

export function instantRunoff(
  candidateCount: number,
  ballots: readonly WeightedRanking[],
  withdrawn: readonly number[] = [],
): RunoffResult {
  const inRace = new Uint8Array(candidateCount).fill(1);
  for (const c of withdrawn) if (c >= 0 && c < candidateCount) inRace[c] = 0;

  // Ballots flattened into typed arrays, and each candidate's pile a linked list through `nextOnPile`:
  // moving a ballot allocates nothing, and a million ballots stay a few flat arrays.
  const n = ballots.length;
  const starts = new Int32Array(n + 1);
  for (let b = 0; b < n; b++) starts[b + 1] = starts[b] + ballots[b].ranking.length;
  const ranks = new Int32Array(starts[n]);
  const weights = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    ranks.set(ballots[b].ranking, starts[b]);
    weights[b] = ballots[b].weight;
  }
  const positions = new Int32Array(n);
  const pileHead = new Int32Array(candidateCount).fill(-1);
  const nextOnPile = new Int32Array(n);
  const counts = new Array<number>(candidateCount).fill(0);
  let total = 0;
  let exhausted = 0;

  // Puts ballot b on the pile of its highest-ranked candidate still in the race, looking from rank `from` on.
  const move = (b: number, from: number): void => {
    const end = starts[b + 1];
    let p = from;
    while (p < end) {
      const c = ranks[p];
      if (c >= 0 && c < candidateCount && inRace[c]) break;
      p++;
    }
    positions[b] = p;
    if (p < end) {
      const c = ranks[p];
      nextOnPile[b] = pileHead[c];
      pileHead[c] = b;
      counts[c] += weights[b];
    } else {
      exhausted += weights[b];
    }
  };
  for (let b = 0; b < n; b++) {
    total += weights[b];
    move(b, starts[b]);
  }

  const rounds: RunoffRound[] = [];
  let firstRound: number[] | null = null;
  // Each candidate's place in the previous round's order: by votes, ties by the round before, and so on
  // back to round 1; equal places for candidates tied all the way back. Comparing (votes now, previous
  // place) is the round-by-round tie-break without walking back through the rounds.
  let place = new Int32Array(candidateCount);
  let winner: number | null = null;
  for (;;) {
    const remaining: number[] = [];
    for (let c = 0; c < candidateCount; c++) if (inRace[c]) remaining.push(c);
    if (remaining.length === 0) break;
    firstRound ??= counts.slice();
    const round: RunoffRound = {
      number: rounds.length + 1,
      counts: remaining.map((candidate) => ({ candidate, votes: counts[candidate] })),
      eliminated: null,
      exhausted,
      winner: null,
    };
    rounds.push(round);

    const continuing = total - exhausted;
    let leader = remaining[0];
    for (const c of remaining) if (counts[c] > counts[leader]) leader = c;
    if (counts[leader] * 2 > continuing) {
      round.winner = winner = leader;
      break;
    }
    // One candidate left without a majority means it has no votes at all: nobody wins.
    if (remaining.length === 1) break;

    const before = place;
    const order = remaining.sort((x, y) => counts[x] - counts[y] || before[x] - before[y]);
    place = new Int32Array(candidateCount);
    let loser = order[0];
    for (let i = 1; i < order.length; i++) {
      const [x, y] = [order[i - 1], order[i]];
      const same = counts[x] === counts[y] && before[x] === before[y];
      place[y] = same ? place[x] : i;
      // Tied with the fewest all the way back: the one listed last goes.
      if (same && place[y] === 0 && y > loser) loser = y;
    }

    round.eliminated = loser;
    inRace[loser] = 0;
    counts[loser] = 0;
    let b = pileHead[loser];
    pileHead[loser] = -1;
    while (b >= 0) {
      const following = nextOnPile[b];
      move(b, positions[b] + 1);
      b = following;
    }
  }

  return {
    rounds,
    winner,
    firstRound: firstRound ?? new Array<number>(candidateCount).fill(0),
    lastRound: counts.slice(),
  };
}
