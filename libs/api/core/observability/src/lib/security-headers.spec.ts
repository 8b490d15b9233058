import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cspNonce, securityHeaders, type SecurityHeadersOptions } from './security-headers';

/** Runs the middleware on a stand-in response; returns the headers it set, names lower-cased. */
function headersFor(options: SecurityHeadersOptions, path = '/'): { headers: Record<string, string>; res: ServerResponse } {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  let nexted = false;
  securityHeaders(options)({ method: 'GET', headers: {}, path } as unknown as IncomingMessage as never, res as never, () => (nexted = true));
  expect(nexted).toBe(true);
  return { headers, res };
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name = '', ...values] = part.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe('securityHeaders', () => {
  it('gives JSON answers the same policy without a per-response nonce', () => {
    const options = { publicUrl: 'http://localhost:3000', issuerUrl: 'http://localhost:3000/realms/pnyx' };
    const page = directives(headersFor(options, '/s/ENG/page').headers['content-security-policy'] ?? '');
    for (const path of ['/graphql', '/health', '/metrics']) {
      const api = directives(headersFor(options, path).headers['content-security-policy'] ?? '');
      expect(api.get('style-src')).toBe(`'self'`);
      expect(Object.fromEntries([...api].filter(([name]) => name !== 'style-src'))).toEqual(Object.fromEntries([...page].filter(([name]) => name !== 'style-src')));
    }
  });

  it('sends a strict policy for the all-in-one mode (identity provider on this origin)', () => {
    const { headers, res } = headersFor({ publicUrl: 'http://localhost:3000', issuerUrl: 'http://localhost:3000/realms/pnyx' });
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': `'self'`,
      'script-src': `'self'`,
      'style-src': `'self' 'nonce-${cspNonce(res)}'`,
      'img-src': `'self' data: https:`,
      'connect-src': `'self' ws://localhost:3000`,
      'frame-ancestors': `'none'`,
      'object-src': `'none'`,
      'base-uri': `'self'`,
      'form-action': `'self'`,
    });
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('lets the app reach a Keycloak on another origin, and pins https', () => {
    const { headers } = headersFor({ publicUrl: 'https://pnyx.bank.example', issuerUrl: 'https://sso.bank.example/realms/pnyx' });
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('connect-src')).toBe(`'self' wss://pnyx.bank.example https://sso.bank.example`);
    expect(csp.get('form-action')).toBe(`'self' https://sso.bank.example`);
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('uses a fresh nonce per response, the same one all along a response', () => {
    const options = { publicUrl: 'http://localhost:3000', issuerUrl: 'http://localhost:3000/realms/pnyx' };
    const first = headersFor(options);
    const second = headersFor(options);
    expect(cspNonce(first.res)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(cspNonce(first.res)).toBe(cspNonce(first.res));
    expect(cspNonce(first.res)).not.toBe(cspNonce(second.res));
    expect(first.headers['content-security-policy']).toContain(`'nonce-${cspNonce(first.res)}'`);
  });
});
