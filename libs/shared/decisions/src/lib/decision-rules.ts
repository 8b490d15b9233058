/**
 * How a proposal is decided, in one place for both sides: the API enforces these rules
 * (its BAD_USER_INPUT names the field a DecisionRuleError carries), the web applies them
 * for immediate feedback. Plain functions only: no framework, no Node APIs (the browser
 * runs them too).
 */
export const DECISION_PROCESSES = ['MAJORITY', 'CONSENT', 'ADVICE', 'RANKED_CHOICE'] as const;
export type DecisionProcess = (typeof DECISION_PROCESSES)[number];

export const DECISION_OUTCOMES = ['ACCEPTED', 'REJECTED', 'NO_QUORUM'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Custom option lists (MAJORITY, RANKED_CHOICE) hold this many labels… */
export const MIN_CUSTOM_OPTIONS = 2;
/** …up to this many. */
export const MAX_CUSTOM_OPTIONS = 10;
/** In UTF-16 code units after trimming, as Angular's maxLength validator counts. */
export const OPTION_LABEL_MAX_LENGTH = 200;

/** An option as a proposal offers it; `code` is null for custom labels. */
export interface OptionSpec {
  code: string | null;
  label: string;
}

/** A rule broken by the input; `field` names the input at fault (options, ranking, outcome, …). */
export class DecisionRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DecisionRuleError';
  }
}

const FIXED_OPTIONS: Readonly<Record<DecisionProcess, readonly OptionSpec[] | null>> = {
  MAJORITY: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
    { code: 'abstain', label: 'Abstain' },
  ],
  CONSENT: [
    { code: 'consent', label: 'Consent' },
    { code: 'concern', label: 'Concern' },
    { code: 'object', label: 'Object' },
  ],
  ADVICE: [
    { code: 'support', label: 'Support' },
    { code: 'concern', label: 'Concern' },
    { code: 'oppose', label: 'Oppose' },
  ],
  RANKED_CHOICE: null,
};

export function isDecisionProcess(value: unknown): value is DecisionProcess {
  return typeof value === 'string' && (DECISION_PROCESSES as readonly string[]).includes(value);
}

/** Throws a DecisionRuleError (field `process`) unless the value is one of DECISION_PROCESSES. */
export function assertDecisionProcess(value: unknown): asserts value is DecisionProcess {
  if (!isDecisionProcess(value)) {
    throw new DecisionRuleError('process', `Unknown decision process: ${String(value)} (expected ${DECISION_PROCESSES.join(', ')})`);
  }
}

/**
 * The options a proposal offers, in display order.
 * MAJORITY: Yes / No / Abstain, or the custom labels when given (2..10, code null).
 * CONSENT: Consent / Concern / Object; ADVICE: Support / Concern / Oppose (custom labels refused).
 * RANKED_CHOICE: the custom labels, required (2..10, code null).
 * Labels are trimmed, 1..200 characters, unique ignoring case. null, undefined and [] all
 * mean "no custom labels". Throws a DecisionRuleError with field `options`.
 */
export function optionsFor(process: DecisionProcess, customLabels?: readonly string[] | null): OptionSpec[] {
  assertDecisionProcess(process);
  const given = customLabels != null && customLabels.length > 0;
  const fixed = FIXED_OPTIONS[process];
  if (process === 'CONSENT' || process === 'ADVICE') {
    if (given) throw new DecisionRuleError('options', `A ${process.toLowerCase()} decision has fixed options; custom options are not allowed`);
    return fixed!.map((option) => ({ ...option }));
  }
  if (!given) {
    if (fixed) return fixed.map((option) => ({ ...option }));
    throw new DecisionRuleError('options', `A ranked-choice decision needs ${MIN_CUSTOM_OPTIONS} to ${MAX_CUSTOM_OPTIONS} options`);
  }
  return normaliseLabels(customLabels).map((label) => ({ code: null, label }));
}

function normaliseLabels(labels: readonly string[]): string[] {
  if (labels.length < MIN_CUSTOM_OPTIONS || labels.length > MAX_CUSTOM_OPTIONS) {
    throw new DecisionRuleError('options', `Give ${MIN_CUSTOM_OPTIONS} to ${MAX_CUSTOM_OPTIONS} options (got ${labels.length})`);
  }
  const seen = new Set<string>();
  return labels.map((raw, index) => {
    if (typeof raw !== 'string') throw new DecisionRuleError('options', `Option ${index + 1} is not text`);
    const label = raw.trim();
    if (!label) throw new DecisionRuleError('options', `Option ${index + 1} is empty`);
    if (label.length > OPTION_LABEL_MAX_LENGTH) {
      throw new DecisionRuleError('options', `Option ${index + 1} is longer than ${OPTION_LABEL_MAX_LENGTH} characters`);
    }
    const key = label.toLowerCase();
    if (seen.has(key)) throw new DecisionRuleError('options', `Option "${label}" is listed twice`);
    seen.add(key);
    return label;
  });
}

/** A vote for this option must give a reason: Object and Concern (CONSENT), Concern and Oppose (ADVICE). */
export function reasonRequired(process: DecisionProcess, optionCode: string | null | undefined): boolean {
  switch (process) {
    case 'CONSENT':
      return optionCode === 'object' || optionCode === 'concern';
    case 'ADVICE':
      return optionCode === 'concern' || optionCode === 'oppose';
    default:
      return false;
  }
}

/**
 * Enough votes were cast: voteCount * 100 >= quorumPercent * eligibleCount, in integers
 * (no rounding: 1 of 3 eligible meets 33 % but not 34 %). quorumPercent is 0..100.
 */
export function quorumMet(voteCount: number, eligibleCount: number, quorumPercent: number): boolean {
  assertCount('voteCount', voteCount);
  assertCount('eligibleCount', eligibleCount);
  if (!Number.isInteger(quorumPercent) || quorumPercent < 0 || quorumPercent > 100) {
    throw new DecisionRuleError('quorumPercent', 'The quorum is a whole percentage from 0 to 100');
  }
  return voteCount * 100 >= quorumPercent * eligibleCount;
}

function assertCount(field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new DecisionRuleError(field, `${field} must be a whole number, 0 or more`);
}

/**
 * A ranked ballot: at least one option, each at most once, only the proposal's options
 * (optionIds); ranking some options and leaving the rest out is fine. Throws a
 * DecisionRuleError with field `ranking`.
 */
export function validateRanking(optionIds: readonly string[], ranking: readonly string[]): void {
  if (!Array.isArray(ranking) || ranking.length === 0) throw new DecisionRuleError('ranking', 'Rank at least one option');
  const known = new Set(optionIds);
  const seen = new Set<string>();
  for (const id of ranking) {
    if (!known.has(id)) throw new DecisionRuleError('ranking', `Unknown option in the ranking: ${String(id)}`);
    if (seen.has(id)) throw new DecisionRuleError('ranking', `Option ${id} is ranked more than once`);
    seen.add(id);
  }
}
