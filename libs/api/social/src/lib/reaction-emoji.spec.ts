import { describe, expect, it } from 'vitest';
import { REACTION_EMOJI, validateEmoji } from './reaction-emoji';

describe('validateEmoji', () => {
  it.each(REACTION_EMOJI.map((e) => [e]))('accepts %s', (emoji) => {
    expect(validateEmoji(emoji)).toBe(emoji);
  });

  it('accepts the heart without its variation selector and stores it with it', () => {
    expect(validateEmoji('\u2764')).toBe('❤️');
  });

  it.each([[''], ['👎'], ['+1'], [':thumbsup:'], ['👍👍'], ['👍🏽'], ['🎉 x']])('refuses %j naming emoji', (emoji) => {
    expect(() => validateEmoji(emoji)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'emoji' } }));
  });
});
