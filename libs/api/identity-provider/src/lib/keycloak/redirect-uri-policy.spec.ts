import { describe, expect, it } from 'vitest';
import { redirectUriPolicy } from './redirect-uri-policy';

describe('redirectUriPolicy', () => {
  const policy = redirectUriPolicy(['http://localhost:4200/*', 'https://app.example/callback']);

  it('accepts any URI below a wildcard prefix and exact URIs', () => {
    expect(policy.allows('http://localhost:4200/')).toBe(true);
    expect(policy.allows('http://localhost:4200/spaces/1?x=y')).toBe(true);
    expect(policy.allows('https://app.example/callback')).toBe(true);
  });

  it('rejects other origins, look-alike hosts, fragments and inexact URIs', () => {
    expect(policy.allows('http://localhost:4201/')).toBe(false);
    expect(policy.allows('http://localhost:4200.evil.example/')).toBe(false);
    expect(policy.allows('http://localhost:4200@evil.example/')).toBe(false);
    expect(policy.allows('http://localhost:4200/#frag')).toBe(false);
    expect(policy.allows('https://app.example/callback/other')).toBe(false);
    expect(policy.allows('javascript:alert(1)')).toBe(false);
    expect(policy.allows('not a url')).toBe(false);
  });

  it('registers concrete URIs and knows the origins', () => {
    expect(policy.registered).toEqual(['http://localhost:4200/', 'https://app.example/callback']);
    expect([...policy.origins]).toEqual(['http://localhost:4200', 'https://app.example']);
  });

  it('rejects invalid patterns', () => {
    expect(() => redirectUriPolicy([])).toThrow();
    expect(() => redirectUriPolicy(['ftp://x/*'])).toThrow();
    expect(() => redirectUriPolicy(['http://x/*/y'])).toThrow();
  });
});
