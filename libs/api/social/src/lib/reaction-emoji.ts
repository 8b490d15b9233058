import { DomainException } from '@pnyx/api/core/graphql';

/** The emoji a reaction may use, in the order reaction counts are listed. */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '😄', '🤔', '👀'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

/**
 * The emoji of one of the fixed set, or BAD_USER_INPUT naming `emoji`. The
 * heart is accepted with or without its variation selector (U+FE0F), as
 * keyboards send either; it is stored with it.
 */
export function validateEmoji(emoji: string): ReactionEmoji {
  const normalised = emoji.trim() === '\u2764' ? '❤️' : emoji.trim();
  const found = REACTION_EMOJI.find((e) => e === normalised);
  if (!found) throw DomainException.badInput('emoji', `Reactions are one of ${REACTION_EMOJI.join(' ')}`);
  return found;
}
