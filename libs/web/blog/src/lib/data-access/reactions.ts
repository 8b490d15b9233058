/** The six reactions the API accepts, in its fixed order. */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '😄', '🤔', '👀'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

export interface ReactionCount {
  readonly emoji: string;
  readonly count: number;
  readonly reactedByMe: boolean;
}

/** One button per emoji, with its count (0 when nobody reacted) and whether the caller did. */
export function reactionButtons(counts: readonly ReactionCount[]): ReactionCount[] {
  return REACTION_EMOJI.map((emoji) => counts.find((c) => c.emoji === emoji) ?? { emoji, count: 0, reactedByMe: false });
}

/**
 * What pressing an emoji does: `react` when the caller has not reacted with it, `unreact`
 * when they have; `counts` is the expected answer (shown at once, replaced by the server's),
 * only emoji with reactions, in the fixed order.
 */
export function toggleReaction(counts: readonly ReactionCount[], emoji: string): { readonly action: 'react' | 'unreact'; readonly counts: ReactionCount[] } {
  const current = reactionButtons(counts);
  const pressed = current.find((c) => c.emoji === emoji);
  const action = pressed?.reactedByMe ? 'unreact' : 'react';
  const next = current
    .map((c) => (c.emoji === emoji ? { emoji, count: Math.max(0, c.count + (action === 'react' ? 1 : -1)), reactedByMe: action === 'react' } : c))
    .filter((c) => c.count > 0);
  return { action, counts: next };
}
