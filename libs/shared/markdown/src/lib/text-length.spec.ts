import { describe, expect, it } from 'vitest';
import { countGraphemes } from './text-length';

describe('countGraphemes', () => {
  it('counts what a reader sees: a family emoji, a flag and a combined umlaut once each', () => {
    expect(countGraphemes('👨‍👩‍👧‍👦🇩🇪u\u0308')).toBe(3);
  });

  it('stops counting at stopAfter', () => {
    expect(countGraphemes('x'.repeat(10_000), 501)).toBe(501);
  });
});
