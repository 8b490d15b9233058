import { describe, expect, it } from 'vitest';
import { formatLsn, laterLsn, parseLsn } from './lsn';

describe('WAL positions', () => {
  it.each([
    ['0/0', 0n],
    ['0/3000000', 0x3000000n],
    ['16/B374D848', (0x16n << 32n) + 0xb374d848n],
    ['FFFFFFFF/FFFFFFFF', 2n ** 64n - 1n],
  ])('reads %s', (text, value) => {
    expect(parseLsn(text)).toBe(value);
    expect(formatLsn(value)).toBe(text);
  });

  it('orders by the high half first (a plain string comparison would not)', () => {
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('A/0') > parseLsn('9/FFFFFFFF')).toBe(true);
    expect(laterLsn(parseLsn('0/10'), parseLsn('0/9'))).toBe(0x10n);
  });

  it.each(['', '0', '0/', '/0', '0/1/2', 'G/0', '123456789/0', ' 0 / 1'])('refuses %j', (text) => {
    expect(() => parseLsn(text)).toThrow(/Not a WAL position/);
  });
});
