import { describe, expect, it } from 'vitest';
import { VerifiedTokenCache } from './verified-token-cache';

const entry = (expiresAt: number) => ({ expiresAt });

describe('VerifiedTokenCache', () => {
  it('keys by a SHA-256 of the token, never the token itself', () => {
    const key = VerifiedTokenCache.keyOf('header.payload.signature');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('payload');
    expect(VerifiedTokenCache.keyOf('header.payload.signature')).toBe(key);
    expect(VerifiedTokenCache.keyOf('header.payload.signaturf')).not.toBe(key);
  });

  it('answers until the entry expires, then forgets it', () => {
    const cache = new VerifiedTokenCache(10);
    const value = entry(1_000);
    cache.set('a', value, 0);
    expect(cache.get('a', 999)).toBe(value);
    expect(cache.get('a', 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not take an entry that has already expired', () => {
    const cache = new VerifiedTokenCache(10);
    cache.set('a', entry(500), 500);
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used entry beyond its bound', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', entry(1_000), 0);
    cache.set('b', entry(1_000), 0);
    expect(cache.get('a', 1)).toBeDefined(); // "a" is now the most recent
    cache.set('c', entry(1_000), 0);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });

  it('clears everything', () => {
    const cache = new VerifiedTokenCache(5);
    cache.set('a', entry(1_000), 0);
    cache.set('b', entry(1_000), 0);
    cache.clear();
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
