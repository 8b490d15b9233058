import { describe, expect, it } from 'vitest';
import { REACTION_EMOJI, reactionButtons, toggleReaction } from './reactions';

describe('reactionButtons', () => {
  it('shows all six emoji in the fixed order, with zero for the ones nobody used', () => {
    const buttons = reactionButtons([{ emoji: '🎉', count: 2, reactedByMe: true }]);
    expect(buttons.map((b) => b.emoji)).toEqual([...REACTION_EMOJI]);
    expect(buttons[2]).toEqual({ emoji: '🎉', count: 2, reactedByMe: true });
    expect(buttons[0]).toEqual({ emoji: '👍', count: 0, reactedByMe: false });
  });
});

describe('toggleReaction', () => {
  it.each([
    { name: 'a first reaction', before: [], emoji: '🎉', action: 'react', after: [{ emoji: '🎉', count: 1, reactedByMe: true }] },
    {
      name: 'joining others',
      before: [{ emoji: '👍', count: 2, reactedByMe: false }],
      emoji: '👍',
      action: 'react',
      after: [{ emoji: '👍', count: 3, reactedByMe: true }],
    },
    {
      name: 'taking your own back',
      before: [{ emoji: '👍', count: 3, reactedByMe: true }],
      emoji: '👍',
      action: 'unreact',
      after: [{ emoji: '👍', count: 2, reactedByMe: false }],
    },
    {
      name: 'the last one disappears',
      before: [
        { emoji: '👍', count: 1, reactedByMe: false },
        { emoji: '🎉', count: 1, reactedByMe: true },
      ],
      emoji: '🎉',
      action: 'unreact',
      after: [{ emoji: '👍', count: 1, reactedByMe: false }],
    },
    {
      name: 'a new emoji in its place in the order',
      before: [{ emoji: '👀', count: 1, reactedByMe: false }],
      emoji: '❤️',
      action: 'react',
      after: [
        { emoji: '❤️', count: 1, reactedByMe: true },
        { emoji: '👀', count: 1, reactedByMe: false },
      ],
    },
  ] as const)('$name', ({ before, emoji, action, after }) => {
    expect(toggleReaction(before, emoji)).toEqual({ action, counts: after });
  });
});
