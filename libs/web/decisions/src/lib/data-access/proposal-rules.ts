import {
  DecisionRuleError,
  type DecisionProcess,
  MAX_CUSTOM_OPTIONS,
  MIN_CUSTOM_OPTIONS,
  OPTION_LABEL_MAX_LENGTH,
  optionsFor,
  reasonRequired,
} from '@pnyx/shared/decisions';

// The decision rules themselves live in @pnyx/shared/decisions (the API enforces the same);
// what is here turns them into what the screens show.

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 100_000;
export const REASON_MAX_LENGTH = 5_000;
export const ARGUMENT_MAX_LENGTH = 5_000;
export const DISSENT_MAX_LENGTH = 5_000;
export const COMMENT_MAX_LENGTH = 10_000;

/** MAJORITY may replace Yes/No/Abstain with its own labels; RANKED_CHOICE must; the others never. */
export function customOptionsAllowed(process: DecisionProcess): boolean {
  return process === 'MAJORITY' || process === 'RANKED_CHOICE';
}

export function customOptionsRequired(process: DecisionProcess): boolean {
  return process === 'RANKED_CHOICE';
}

/** A translation key (decisions.form.options.*) and its parameters, saying what is wrong with the labels. */
export interface OptionsProblem {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Checks the labels with the shared rule (`optionsFor`) and says, in the screen's words,
 * what it refuses; null when the labels are fine (or not used by the process).
 */
export function optionsProblem(process: DecisionProcess, labels: readonly string[] | null): OptionsProblem | null {
  try {
    optionsFor(process, labels && labels.length ? labels : null);
    return null;
  } catch (error) {
    if (!(error instanceof DecisionRuleError)) throw error;
  }
  const given = labels ?? [];
  if (given.length < MIN_CUSTOM_OPTIONS || given.length > MAX_CUSTOM_OPTIONS) {
    return { key: 'decisions.form.options.count', params: { min: MIN_CUSTOM_OPTIONS, max: MAX_CUSTOM_OPTIONS } };
  }
  const empty = given.findIndex((label) => !label.trim());
  if (empty >= 0) return { key: 'decisions.form.options.empty', params: { n: empty + 1 } };
  const long = given.findIndex((label) => label.trim().length > OPTION_LABEL_MAX_LENGTH);
  if (long >= 0) return { key: 'decisions.form.options.tooLong', params: { n: long + 1, max: OPTION_LABEL_MAX_LENGTH } };
  const seen = new Set<string>();
  for (const label of given) {
    const key = label.trim().toLowerCase();
    if (seen.has(key)) return { key: 'decisions.form.options.duplicate', params: { label: label.trim() } };
    seen.add(key);
  }
  return { key: 'decisions.form.options.invalid' };
}

/** Whether this choice needs a reason (Concern/Object in CONSENT, Concern/Oppose in ADVICE). */
export function needsReason(process: DecisionProcess, optionCode: string | null | undefined): boolean {
  return reasonRequired(process, optionCode);
}

/** A minority statement is open to a voter who objected, opposed or voted no, once the proposal closed. */
export function canAddDissent(
  proposal: { readonly status: string; readonly myVote: { readonly option: { readonly code: string | null } | null } | null; readonly dissents: readonly { readonly author: { readonly username: string } }[] },
  username: string | null,
): boolean {
  if (proposal.status !== 'CLOSED' || !username) return false;
  const code = proposal.myVote?.option?.code;
  if (code !== 'object' && code !== 'oppose' && code !== 'no') return false;
  return !proposal.dissents.some((d) => d.author.username === username);
}

/** Participation and quorum as percentages for the bar (0..100). */
export function participationPercents(participation: number, quorumPercent: number): { readonly voted: number; readonly quorum: number; readonly met: boolean } {
  const voted = Math.max(0, Math.min(100, Math.round(participation * 1000) / 10));
  const quorum = Math.max(0, Math.min(100, quorumPercent));
  return { voted, quorum, met: voted >= quorum };
}
