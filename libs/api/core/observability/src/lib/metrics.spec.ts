import { describe, expect, it } from 'vitest';
import { type MetricsAccess, metricsVerdict } from './metrics';

const TOKEN = 'scrape-me-0123456789';
const withToken: MetricsAccess = { token: TOKEN, openOnLoopback: false };
const development: MetricsAccess = { token: null, openOnLoopback: true };
const production: MetricsAccess = { token: null, openOnLoopback: false };

describe('metricsVerdict', () => {
  it.each([
    ['the right token', withToken, `Bearer ${TOKEN}`, '203.0.113.7', 'allowed'],
    ['the right token, any case of "bearer"', withToken, `bearer ${TOKEN}`, '203.0.113.7', 'allowed'],
    ['no token', withToken, undefined, '127.0.0.1', 'unauthorized'],
    ['a wrong token', withToken, 'Bearer scrape-me-0123456780', '127.0.0.1', 'unauthorized'],
    ['a prefix of the token', withToken, `Bearer ${TOKEN.slice(0, -1)}`, '127.0.0.1', 'unauthorized'],
    ['Basic credentials', withToken, `Basic ${TOKEN}`, '127.0.0.1', 'unauthorized'],
    ['loopback v4, development', development, undefined, '127.0.0.1', 'allowed'],
    ['loopback v6, development', development, undefined, '::1', 'allowed'],
    ['v4-mapped loopback, development', development, undefined, '::ffff:127.0.0.1', 'allowed'],
    ['another host, development', development, undefined, '10.0.0.8', 'hidden'],
    ['an unknown client, development', development, undefined, undefined, 'hidden'],
    ['loopback, production without a token', production, undefined, '127.0.0.1', 'hidden'],
    ['a token nobody configured, production', production, `Bearer ${TOKEN}`, '127.0.0.1', 'hidden'],
  ])('%s → %s', (_case, access, authorization, ip, verdict) => {
    expect(metricsVerdict(access, authorization, ip)).toBe(verdict);
  });
});
