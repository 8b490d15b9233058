import { clientIpResolver, LoginThrottle, MemoryLimiterStore } from '@pnyx/api/core/rate-limit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/test-database';
import { startTestServer, type TestServer } from './testing/test-server';
import { TestBrowser, parseForm, redirectTarget } from './testing/test-browser';

const MAX_FAILURES = 3;

/** The login form and the password grant with a throttle: 3 failures per account, waits recorded instead of waited. */
describe('brute-force protection of the embedded identity provider', () => {
  let database: TestDatabase;
  let server: TestServer;
  let waits: number[];
  const oidc = (path: string) => `${server.issuer}/protocol/openid-connect${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer();
  });

  // A fresh throttle (and so fresh counts) per test.
  beforeEach(async () => {
    waits = [];
    const loginThrottle = new LoginThrottle(
      { enabled: true, slowAfterFailures: 2, maxFailures: MAX_FAILURES, ipMaxFailures: 1_000, windowSeconds: 600, lockSeconds: 600, delayMs: 250 },
      new MemoryLimiterStore(),
      clientIpResolver(['loopback']),
      async (ms) => void waits.push(ms),
    );
    await server.start(await database.connect(), { loginThrottle });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  function passwordGrant(username: string, password: string): Promise<Response> {
    return fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password }).toString(),
    });
  }

  describe('password grant', () => {
    it('slows, then refuses even the right password like Keycloak, and leaves other accounts alone', async () => {
      for (let i = 0; i < MAX_FAILURES; i++) expect((await passwordGrant('alice', 'wrong')).status).toBe(401);
      expect(waits).toEqual([250]);

      const refused = await passwordGrant('alice', 'alice');
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: 'invalid_grant', error_description: 'Account temporarily disabled' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

      expect((await passwordGrant('bob', 'bob')).status).toBe(200);
    });

    it('counts username and email, in any case, as one account', async () => {
      await passwordGrant('ALICE', 'wrong');
      await passwordGrant('alice@pnyx.example', 'wrong');
      await passwordGrant(' Alice@PNYX.example ', 'wrong');
      expect((await passwordGrant('alice', 'alice')).status).toBe(400);
    });

    it('forgets an account’s failures once its password was right', async () => {
      for (let i = 0; i < MAX_FAILURES - 1; i++) await passwordGrant('carol', 'wrong');
      expect((await passwordGrant('carol', 'carol')).status).toBe(200);
      for (let i = 0; i < MAX_FAILURES - 1; i++) await passwordGrant('carol', 'wrong');
      expect((await passwordGrant('carol', 'carol')).status).toBe(200);
    });
  });

  describe('login form', () => {
    async function loginForm(browser: TestBrowser): Promise<URL> {
      const url = new URL(oidc('/auth'));
      url.search = new URLSearchParams({
        client_id: 'pnyx-web',
        redirect_uri: `${server.origin}/spaces/`,
        response_type: 'code',
        response_mode: 'fragment',
        scope: 'openid',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }).toString();
      const loginUrl = redirectTarget(await browser.fetch(url));
      const page = await browser.fetch(loginUrl);
      return new URL(parseForm(await page.text()).action, loginUrl);
    }

    it('refuses the right password after too many wrong ones, saying for how long', async () => {
      const browser = new TestBrowser();
      const action = await loginForm(browser);
      for (let i = 0; i < MAX_FAILURES; i++) {
        const wrong = await browser.postForm(action, { username: 'admin', password: 'wrong' });
        expect(wrong.status).toBe(200);
        expect(await wrong.text()).toContain('Invalid username or password.');
      }

      const refused = await browser.postForm(action, { username: 'admin', password: 'admin' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('600');
      const html = await refused.text();
      expect(html).toContain('Too many failed sign-ins. Try again in 10 minutes.');
      expect(html).not.toContain('Invalid username or password.');

      // The same account through the password grant is held too.
      expect((await passwordGrant('admin', 'admin')).status).toBe(400);
    });

    it('signs in with the right password before the maximum, and then counts afresh', async () => {
      const browser = new TestBrowser();
      const action = await loginForm(browser);
      for (let i = 0; i < MAX_FAILURES - 1; i++) await browser.postForm(action, { username: 'bob', password: 'wrong' });
      const signedIn = await browser.postForm(action, { username: 'bob', password: 'bob' });
      expect(signedIn.status).toBe(303);
      for (let i = 0; i < MAX_FAILURES - 1; i++) expect((await passwordGrant('bob', 'wrong')).status).toBe(401);
      expect((await passwordGrant('bob', 'bob')).status).toBe(200);
    });
  });
});
