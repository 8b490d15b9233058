import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/test-database';
import { startTestServer, type TestServer } from './testing/test-server';
import { TestBrowser, decodeJwtPayload, parseForm, redirectTarget } from './testing/test-browser';

/** Drives the flow keycloak-js runs: code + PKCE (S256), response_mode=fragment, nonce. */
describe('authorization code flow of pnyx-web', () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: TestBrowser;
  let appUrl: string;
  let webOrigin: string;
  const oidc = (path: string) => `${server.issuer}/protocol/openid-connect${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer();
    // The SPA runs on another origin than the API/issuer, as with `ng serve`.
    webOrigin = 'http://localhost:4200';
    appUrl = `${webOrigin}/spaces/`;
    await server.start(await database.connect(), { webRedirectUris: [`${webOrigin}/*`] });
    browser = new TestBrowser();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  function authorizationRequest(redirectUri = appUrl, extra: Record<string, string> = {}) {
    const verifier = randomBytes(32).toString('base64url');
    const state = randomBytes(8).toString('hex');
    const nonce = randomBytes(8).toString('hex');
    const url = new URL(oidc('/auth'));
    url.search = new URLSearchParams({
      client_id: 'pnyx-web',
      redirect_uri: redirectUri,
      state,
      nonce,
      response_mode: 'fragment',
      response_type: 'code',
      scope: 'openid',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...extra,
    }).toString();
    return { url, verifier, state, nonce };
  }

  function fragmentOf(url: URL): URLSearchParams {
    return new URLSearchParams(url.hash.slice(1));
  }

  async function exchange(code: string, verifier: string): Promise<Response> {
    return browser.postForm(
      oidc('/token'),
      { grant_type: 'authorization_code', client_id: 'pnyx-web', code, code_verifier: verifier, redirect_uri: appUrl },
      { Origin: webOrigin },
    );
  }

  let tokens: Record<string, string>;

  it('shows the login page, rejects a wrong password, signs in and redirects with a code', async () => {
    const request = authorizationRequest();
    const loginUrl = redirectTarget(await browser.fetch(request.url));
    expect(loginUrl.pathname).toMatch(/^\/realms\/pnyx\/login-actions\/[\w-]+$/);

    const page = await browser.fetch(loginUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Sign in to Pnyx</title>');
    for (const fragment of ['id="username" name="username"', 'id="password" name="password"', 'id="kc-login"', 'for="username"', 'for="password"', 'alice']) {
      expect(html).toContain(fragment);
    }
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");

    const rejected = await browser.postForm(loginUrl, { username: 'alice<script>', password: 'nope' });
    expect(rejected.status).toBe(200);
    const rejectedHtml = await rejected.text();
    expect(rejectedHtml).toContain('Invalid username or password.');
    expect(rejectedHtml).toContain('value="alice&lt;script&gt;"');
    expect(rejectedHtml).not.toContain('alice<script>');

    const resume = redirectTarget(await browser.postForm(loginUrl, { username: 'alice', password: 'alice' }));
    expect(resume.pathname).toMatch(/^\/realms\/pnyx\/protocol\/openid-connect\/auth\/[\w-]+$/);
    const callback = redirectTarget(await browser.fetch(resume));
    expect(`${callback.origin}${callback.pathname}`).toBe(appUrl);
    const params = fragmentOf(callback);
    expect(params.get('state')).toBe(request.state);
    const code = params.get('code');
    expect(code).toBeTruthy();

    const response = await exchange(code ?? '', request.verifier);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(webOrigin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    tokens = (await response.json()) as Record<string, string>;

    const jwks = createRemoteJWKSet(new URL(oidc('/certs')));
    const { payload: access } = await jwtVerify(tokens['access_token'] ?? '', jwks, { issuer: server.issuer, audience: 'pnyx-api' });
    expect(access).toMatchObject({ azp: 'pnyx-web', typ: 'Bearer', preferred_username: 'alice', realm_access: { roles: ['employee'] } });
    expect(access['sid']).toEqual(expect.any(String));
    const { payload: id } = await jwtVerify(tokens['id_token'] ?? '', jwks, { issuer: server.issuer, audience: 'pnyx-web' });
    expect(id).toMatchObject({ nonce: request.nonce, preferred_username: 'alice', name: 'Alice Adler', email: 'alice@pnyx.example' });
    expect(decodeJwtPayload(tokens['refresh_token'] ?? '')).toMatchObject({ typ: 'Refresh', azp: 'pnyx-web', sid: access['sid'] });
  });

  it('refreshes with the JWT-looking refresh token (rotating it) from the web origin', async () => {
    const refresh = (token: string) =>
      browser.postForm(oidc('/token'), { grant_type: 'refresh_token', client_id: 'pnyx-web', refresh_token: token }, { Origin: webOrigin });
    const response = await refresh(tokens['refresh_token'] ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const refreshed = (await response.json()) as Record<string, string>;
    expect(decodeJwtPayload(refreshed['access_token'] ?? '')).toMatchObject({ preferred_username: 'alice' });
    expect(decodeJwtPayload(refreshed['id_token'] ?? '')).toMatchObject({ preferred_username: 'alice' });
    expect(refreshed['refresh_token']).not.toBe(tokens['refresh_token']);
    tokens = { ...tokens, ...refreshed };
  });

  it('serves userinfo with CORS for the web origin', async () => {
    const response = await browser.fetch(oidc('/userinfo'), {
      headers: { Authorization: `Bearer ${tokens['access_token']}`, Origin: webOrigin },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(webOrigin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(await response.json()).toMatchObject({ preferred_username: 'alice', email: 'alice@pnyx.example' });
  });

  it('rejects token requests from a foreign origin', async () => {
    const response = await browser.postForm(
      oidc('/token'),
      { grant_type: 'refresh_token', client_id: 'pnyx-web', refresh_token: tokens['refresh_token'] ?? '' },
      { Origin: 'https://evil.example' },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs in silently while the session lives (SSO)', async () => {
    const request = authorizationRequest();
    const callback = redirectTarget(await browser.fetch(request.url));
    expect(callback.origin).toBe(webOrigin);
    const code = fragmentOf(callback).get('code') ?? '';
    expect((await exchange(code, request.verifier)).status).toBe(200);
  });

  it('grants consent without asking when a client demands the consent prompt', async () => {
    const request = authorizationRequest(appUrl, { prompt: 'consent' });
    const consent = redirectTarget(await browser.fetch(request.url));
    expect(consent.pathname).toMatch(/\/login-actions\//);
    const resume = redirectTarget(await browser.fetch(consent));
    const callback = redirectTarget(await browser.fetch(resume));
    expect(fragmentOf(callback).get('code')).toBeTruthy();
  });

  it('refuses redirect URIs of other origins', async () => {
    const request = authorizationRequest('https://evil.example/callback');
    const response = await browser.fetch(request.url);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('invalid_redirect_uri');
  });

  it('signs out without a confirmation click and redirects to post_logout_redirect_uri', async () => {
    const logoutUrl = new URL(oidc('/logout'));
    logoutUrl.search = new URLSearchParams({
      client_id: 'pnyx-web',
      id_token_hint: tokens['id_token'] ?? '',
      post_logout_redirect_uri: appUrl,
    }).toString();
    const page = await browser.fetch(logoutUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    const form = parseForm(html);
    expect(form.fields['logout']).toBe('yes');
    expect(html).toMatch(/<script>document\.getElementById\('op\.logoutForm'\)\.submit\(\);<\/script>/);

    const done = redirectTarget(await browser.postForm(form.action, form.fields));
    expect(done.href).toBe(appUrl);

    const refresh = await browser.postForm(oidc('/token'), {
      grant_type: 'refresh_token',
      client_id: 'pnyx-web',
      refresh_token: tokens['refresh_token'] ?? '',
    });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });

    const again = redirectTarget(await browser.fetch(authorizationRequest().url));
    expect(again.pathname).toMatch(/\/login-actions\//);
  });
});
