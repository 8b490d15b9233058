/** The platform job queue's tasks and keys for proposals (one keyed job each, moved or cancelled with the proposal). */
export const CLOSE_TASK = 'close-proposal';
export const DEADLINE_TASK = 'advice-deadline';
export const REVIEW_TASK = 'review-decision';

export const closeJobKey = (proposalId: string) => `close-proposal:${proposalId}`;
export const deadlineJobKey = (proposalId: string) => `advice-deadline:${proposalId}`;
export const reviewJobKey = (proposalId: string) => `review-decision:${proposalId}`;

/** ADVICE left undecided at its closing time stays open this much longer, then closes as REJECTED. */
export const ADVICE_GRACE_MS = 7 * 24 * 60 * 60 * 1000;
export const NO_DECISION_STATEMENT = 'no decision recorded';
