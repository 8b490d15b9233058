import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIpResolver } from './client-ip';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} } as unknown as IncomingMessage;
}

describe('clientIpResolver', () => {
  it.each([
    ['loopback proxy, trusted by name', ['loopback'], request('127.0.0.1', '203.0.113.7'), '203.0.113.7'],
    ['a client claiming to be forwarded, not trusted', ['loopback'], request('198.51.100.2', '203.0.113.7'), '198.51.100.2'],
    ['one hop trusted: the proxy appends the real client after a forged entry', 1, request('172.18.0.5', '6.6.6.6, 10.1.2.3'), '10.1.2.3'],
    ['no proxy trusted', false, request('127.0.0.1', '203.0.113.7'), '127.0.0.1'],
    ['every proxy trusted: the leftmost entry', true, request('172.18.0.5', '6.6.6.6, 10.1.2.3'), '6.6.6.6'],
    ['a subnet', ['172.16.0.0/12'], request('172.18.0.5', '10.1.2.3'), '10.1.2.3'],
    ['no forwarding header', ['loopback'], request('127.0.0.1'), '127.0.0.1'],
  ] as const)('%s', (_case, trust, req, expected) => {
    expect(clientIpResolver(trust)(req)).toBe(expected);
  });
});
