import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api';

const METRICS_TOKEN = 'scrape-me-0123456789abcdef';
/** Stands in for the built web app: the root element is where the nonce goes. */
const INDEX_HTML = `<!doctype html><html lang="en"><head><title>Pnyx</title></head><body><pnyx-root></pnyx-root></body></html>`;

/** The directives of a Content-Security-Policy header, by name. */
function directives(response: Response): Map<string, string> {
  const csp = response.headers.get('content-security-policy') ?? '';
  return new Map(
    csp.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
      const [name = '', ...values] = part.split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('security headers and the /metrics token', () => {
  let api: TestApi;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'pnyx-web-dist-'));
    writeFileSync(join(webDist, 'index.html'), INDEX_HTML);
    api = await startTestApi({ WEB_DIST: webDist, METRICS_TOKEN });
  });

  afterAll(async () => {
    await api?.close();
    if (webDist) rmSync(webDist, { recursive: true, force: true });
  });

  /** The identity provider's login page, reached as a browser does (authorization request, then its cookies). */
  async function loginPage(): Promise<Response> {
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${api.issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'pnyx-web',
      redirect_uri: `${api.url}/`,
      response_type: 'code',
      response_mode: 'fragment',
      scope: 'openid',
      state: 'state-1',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    const redirect = await fetch(authorize, { redirect: 'manual' });
    const location = redirect.headers.get('location');
    expect(location).toMatch(/\/login-actions\//);
    const cookie = redirect.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
    const page = await fetch(new URL(location ?? '', api.url), { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.clone().text()).toContain('id="kc-login"');
    return page;
  }

  it('asks for the token at /metrics, even on loopback, and serves metrics with it', async () => {
    const none = await fetch(`${api.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await none.text()).not.toContain('pnyx_');
    const wrong = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('pnyx_http_request_duration_seconds_count');
  });

  it.each([
    ['the web app', (): Promise<Response> => fetch(`${api.url}/`, { headers: { accept: 'text/html' } })],
    ['a client-side route', (): Promise<Response> => fetch(`${api.url}/s/ENG`, { headers: { accept: 'text/html' } })],
    ['GraphQL', (): Promise<Response> => fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })],
    ['health', (): Promise<Response> => fetch(`${api.url}/health`)],
    ['metrics refused', (): Promise<Response> => fetch(`${api.url}/metrics`)],
    ['the identity provider\'s login page', () => loginPage()],
  ])('%s: no framing, no sniffing, same-origin referrers, a CSP without inline scripts, no x-powered-by', async (_name, request) => {
    const response = await request();
    const csp = directives(response);
    expect(csp.get('frame-ancestors')).toBe(`'none'`);
    expect(csp.get('script-src')).toMatch(/^'self'$|^'none'$|^('sha256-[A-Za-z0-9+/=]+' ?)+$/);
    expect(csp.get('object-src') ?? csp.get('default-src')).toMatch(/'none'/);
    expect(csp.get('base-uri')).toMatch(/^'(self|none)'$/);
    expect(csp.get('form-action')).toBe(`'self'`);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull(); // PUBLIC_URL is http here
  });

  it('gives the app its policy: this origin, its GraphQL WebSocket, Markdown images over https, styles by nonce', async () => {
    const response = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
    const csp = directives(response);
    expect(csp.get('default-src')).toBe(`'self'`);
    expect(csp.get('connect-src')).toBe(`'self' ${api.url.replace(/^http:/, 'ws:')}`);
    expect(csp.get('img-src')).toBe(`'self' data: https:`);
    expect(csp.get('object-src')).toBe(`'none'`);
    expect(csp.get('style-src')).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
  });

  it('hands Angular the response\'s style nonce in index.html, a fresh one each time, never cached', async () => {
    const nonceOf = async (path: string): Promise<{ header: string | undefined; page: string | undefined; cache: string | null }> => {
      const response = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      return {
        header: /'nonce-([^']+)'/.exec(directives(response).get('style-src') ?? '')?.[1],
        page: /<pnyx-root ngCspNonce="([^"]+)">/.exec(html)?.[1],
        cache: response.headers.get('cache-control'),
      };
    };
    const first = await nonceOf('/');
    const second = await nonceOf('/s/ENG/some-page');
    const direct = await nonceOf('/index.html');
    for (const served of [first, second, direct]) {
      expect(served.page).toBeDefined();
      expect(served.page).toBe(served.header);
      expect(served.cache).toBe('no-store');
    }
    expect(new Set([first.page, second.page, direct.page]).size).toBe(3);
  });

  it('gives the identity provider\'s pages their own stricter policy: nothing but their hashed inline style', async () => {
    const page = await loginPage();
    const csp = directives(page);
    expect(csp.get('default-src')).toBe(`'none'`);
    expect(csp.get('style-src')).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(csp.get('script-src')).toBe(`'none'`);
    expect(csp.get('base-uri')).toBe(`'none'`);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });
});
