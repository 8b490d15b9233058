import { assertDecisionProcess, DecisionOutcome, DecisionProcess, DecisionRuleError, quorumMet } from './decision-rules';
import { instantRunoff } from './instant-runoff';

export interface DecisionOption {
  id: string;
  /** yes/no/abstain, consent/concern/object, support/concern/oppose; null for custom labels. */
  code: string | null;
  label: string;
}

/** One voter's standing vote: optionId for MAJORITY, CONSENT and ADVICE; ranking (option ids, most preferred first) for RANKED_CHOICE. */
export interface DecisionBallot {
  optionId?: string | null;
  ranking?: readonly string[] | null;
}

export interface DecideInput {
  process: DecisionProcess;
  /** Display order. */
  options: readonly DecisionOption[];
  ballots: readonly DecisionBallot[];
  eligibleCount: number;
  /** 0..100. */
  quorumPercent: number;
  /** Required for ADVICE (unless the quorum is missed): the author decides, the votes advise. */
  authorDecision?: { outcome: 'ACCEPTED' | 'REJECTED' } | null;
}

export interface TallyEntry {
  optionId: string;
  /** Votes for the option; first preferences for RANKED_CHOICE. */
  votes: number;
  /** RANKED_CHOICE: votes in the final round (0 if eliminated before it); null otherwise, and when the quorum is missed. */
  score: number | null;
}

export interface Round {
  /** 1-based. */
  number: number;
  /** The options still in the race, display order. */
  counts: { optionId: string; votes: number }[];
  /** Eliminated at the end of this round; null in the last round. */
  eliminated: string | null;
  /** Ballots with none of their ranked options left in the race. */
  exhausted: number;
  winner: string | null;
}

export interface DecisionResult {
  outcome: DecisionOutcome;
  winningOptionId: string | null;
  /** Every option, display order. */
  tally: TallyEntry[];
  /** Votes cast / eligible voters; 0 when nobody is eligible. */
  participation: number;
  /** RANKED_CHOICE only, and only when the quorum is met. */
  rounds?: Round[];
}

/**
 * The result of a proposal at close.
 * Quorum first: too few votes gives NO_QUORUM for every process (tally still filled).
 * MAJORITY (Yes/No/Abstain): accepted iff Yes > No; abstentions only count towards the quorum.
 * MAJORITY (custom options): the option with the most votes wins; a tie at the top, or no votes, rejects.
 * CONSENT: accepted unless there is at least one Object vote.
 * ADVICE: the author's decision (required: DecisionRuleError, field `outcome`).
 * RANKED_CHOICE: instant-runoff (see instant-runoff.ts); no winner rejects.
 * Ballots naming unknown options count towards participation and the quorum but for no option.
 */
export function decide(input: DecideInput): DecisionResult {
  const { process, options, ballots } = input;
  assertDecisionProcess(process);
  const index = new Map<string, number>();
  options.forEach((option, i) => {
    if (index.has(option.id)) throw new DecisionRuleError('options', `Option ${option.id} is listed twice`);
    index.set(option.id, i);
  });

  const met = quorumMet(ballots.length, input.eligibleCount, input.quorumPercent);
  const participation = input.eligibleCount === 0 ? 0 : ballots.length / input.eligibleCount;

  if (process === 'RANKED_CHOICE') {
    const rankings = ballots.map((ballot) => ({ ranking: (ballot.ranking ?? []).map((id) => index.get(id) ?? -1), weight: 1 }));
    const runoff = instantRunoff(options.length, rankings);
    if (!met) {
      return {
        outcome: 'NO_QUORUM',
        winningOptionId: null,
        tally: options.map((option, i) => ({ optionId: option.id, votes: runoff.firstRound[i], score: null })),
        participation,
      };
    }
    const winner = runoff.winner === null ? null : options[runoff.winner].id;
    return {
      outcome: winner ? 'ACCEPTED' : 'REJECTED',
      winningOptionId: winner,
      tally: options.map((option, i) => ({ optionId: option.id, votes: runoff.firstRound[i], score: runoff.lastRound[i] })),
      participation,
      rounds: runoff.rounds.map((round) => ({
        number: round.number,
        counts: round.counts.map(({ candidate, votes }) => ({ optionId: options[candidate].id, votes })),
        eliminated: round.eliminated === null ? null : options[round.eliminated].id,
        exhausted: round.exhausted,
        winner: round.winner === null ? null : options[round.winner].id,
      })),
    };
  }

  const votes = new Array<number>(options.length).fill(0);
  for (const ballot of ballots) {
    const i = ballot.optionId == null ? undefined : index.get(ballot.optionId);
    if (i !== undefined) votes[i]++;
  }
  const tally = options.map((option, i) => ({ optionId: option.id, votes: votes[i], score: null }));
  const result = (outcome: DecisionOutcome, winningOptionId: string | null = null): DecisionResult => ({ outcome, winningOptionId, tally, participation });
  if (!met) return result('NO_QUORUM');

  const votesFor = (code: string) => {
    const i = options.findIndex((option) => option.code === code);
    return i < 0 ? null : { id: options[i].id, votes: votes[i] };
  };
  switch (process) {
    case 'MAJORITY': {
      const yes = votesFor('yes');
      const no = votesFor('no');
      if (yes && no) {
        if (yes.votes > no.votes) return result('ACCEPTED', yes.id);
        return result('REJECTED', no.votes > yes.votes ? no.id : null);
      }
      const most = Math.max(0, ...votes);
      const leaders = options.filter((_, i) => votes[i] === most);
      return most > 0 && leaders.length === 1 ? result('ACCEPTED', leaders[0].id) : result('REJECTED');
    }
    case 'CONSENT':
      return result((votesFor('object')?.votes ?? 0) > 0 ? 'REJECTED' : 'ACCEPTED');
    case 'ADVICE': {
      const outcome = input.authorDecision?.outcome;
      if (outcome !== 'ACCEPTED' && outcome !== 'REJECTED') {
        throw new DecisionRuleError('outcome', 'An advice decision is closed with the author’s decision: ACCEPTED or REJECTED');
      }
      return result(outcome);
    }
  }
}
