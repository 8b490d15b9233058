import { describe, expect, it } from 'vitest';
import { reconnectDelay, RECONNECT_BEFORE_EXPIRY_MS, retryWaitMs, tokenExpiry, webSocketUrl } from './ws-link';

function jwt(payload: object): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256' })}.${part(payload)}.signature`;
}

describe('ws link helpers', () => {
  it('builds the WebSocket URL of a same-origin path', () => {
    expect(webSocketUrl('/graphql', { protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(webSocketUrl('/graphql', { protocol: 'https:', host: 'pnyx.example' })).toBe('wss://pnyx.example/graphql');
  });

  it('reads the expiry of a token, base64url included', () => {
    expect(tokenExpiry(jwt({ exp: 1_800_000_000, name: 'Jürgen ÿ?>' }))).toBe(1_800_000_000_000);
    expect(tokenExpiry(jwt({ sub: 'x' }))).toBeNull();
    expect(tokenExpiry('not-a-jwt')).toBeNull();
  });

  it('reconnects shortly before the token expires, at once if that is past', () => {
    const now = 1_000_000;
    const exp = (ms: number) => jwt({ exp: (now + ms) / 1000 });
    expect(reconnectDelay(exp(300_000), now)).toBe(300_000 - RECONNECT_BEFORE_EXPIRY_MS);
    expect(reconnectDelay(exp(5_000), now)).toBe(0);
    expect(reconnectDelay('opaque', now)).toBeNull();
  });

  it('waits briefly first, then longer, never more than 30 s', () => {
    expect(retryWaitMs(0, 1)).toBe(250);
    expect(retryWaitMs(3, 1)).toBe(2_000);
    expect(retryWaitMs(20, 1)).toBe(30_000);
    expect(retryWaitMs(20, 0)).toBe(15_000);
  });
});
