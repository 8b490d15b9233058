import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DEMO_USERS } from './accounts/demo-users';
import { createEmbeddedIdentityProvider } from './identity-provider';
import { PNYX_API_AUDIENCE } from './keycloak/keycloak-layout';
import { createTestDatabase, type TestDatabase } from './testing/test-database';
import { startTestServer, type TestServer } from './testing/test-server';
import { decodeJwtPayload } from './testing/test-browser';

describe('embedded identity provider', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let server: TestServer;
  let oidc: (path: string) => string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await database.connect();
    server = await startTestServer();
    await server.start(dataSource);
    oidc = (path) => `${server.issuer}/protocol/openid-connect${path}`;
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  function passwordGrant(form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', ...form }).toString(),
    });
  }

  async function tokensFor(username: string, scope = 'openid'): Promise<Record<string, string>> {
    const response = await passwordGrant({ username, password: username, scope });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, string>;
  }

  it('refuses to start with NODE_ENV=production', async () => {
    await expect(
      createEmbeddedIdentityProvider({ issuer: server.issuer, dataSource, nodeEnv: 'production' }),
    ).rejects.toThrow(/NODE_ENV/);
  });

  it("serves a discovery document in Keycloak's URL layout", async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    const base = `${server.issuer}/protocol/openid-connect`;
    expect(discovery).toMatchObject({
      issuer: server.issuer,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      userinfo_endpoint: `${base}/userinfo`,
      end_session_endpoint: `${base}/logout`,
      introspection_endpoint: `${base}/token/introspect`,
      revocation_endpoint: `${base}/revoke`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(discovery['grant_types_supported']).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'password']),
    );
    const jwks = (await (await fetch(`${base}/certs`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues Keycloak-shaped JWT access tokens for the password grant of pnyx-cli', async () => {
    const body = await tokensFor('carol');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    expect(body['scope']?.split(' ').sort()).toEqual(['email', 'openid', 'profile']);

    const jwks = createRemoteJWKSet(new URL(oidc('/certs')));
    const { payload, protectedHeader } = await jwtVerify(body['access_token'] ?? '', jwks, {
      issuer: server.issuer,
      audience: PNYX_API_AUDIENCE,
      algorithms: ['RS256'],
    });
    const carol = DEMO_USERS.find((user) => user.username === 'carol');
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      iss: server.issuer,
      aud: 'pnyx-api',
      sub: carol?.sub,
      typ: 'Bearer',
      azp: 'pnyx-cli',
      preferred_username: 'carol',
      name: 'Carol Conrad',
      email: 'carol@pnyx.example',
      realm_access: { roles: ['employee', 'manager'] },
      groups: ['Retail Banking', 'Risk'],
    });
    expect(String(payload['scope']).split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);

    const { payload: idToken } = await jwtVerify(body['id_token'] ?? '', jwks, {
      issuer: server.issuer,
      audience: 'pnyx-cli',
    });
    expect(idToken).toMatchObject({ sub: carol?.sub, preferred_username: 'carol', name: 'Carol Conrad', email: 'carol@pnyx.example' });
  });

  it('answers a wrong password with invalid_grant, like Keycloak', async () => {
    const response = await passwordGrant({ username: 'alice', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_description: 'Invalid user credentials' });
    expect(server.logs.some((line) => line.startsWith('warn:') && line.includes('grant.error'))).toBe(true);
  });

  it('allows the password grant only for pnyx-cli', async () => {
    const response = await fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-web', username: 'bob', password: 'bob' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('wraps refresh tokens in decodable JWTs, refreshes with them and revokes them', async () => {
    const first = await tokensFor('bob');
    const refreshClaims = decodeJwtPayload(first['refresh_token'] ?? '');
    expect(refreshClaims).toMatchObject({ typ: 'Refresh', iss: server.issuer, aud: server.issuer, azp: 'pnyx-cli' });
    expect(Number(refreshClaims['exp']) - Number(refreshClaims['iat'])).toBeGreaterThan(25 * 60);
    expect(first['refresh_expires_in']).toBe(1800);

    const refresh = (token: string) =>
      fetch(oidc('/token'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'pnyx-cli', refresh_token: token }),
      });
    const refreshed = await refresh(first['refresh_token'] ?? '');
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as Record<string, string>;
    expect(decodeJwtPayload(second['access_token'] ?? '')).toMatchObject({ preferred_username: 'bob', azp: 'pnyx-cli' });
    expect(decodeJwtPayload(second['refresh_token'] ?? '')).toMatchObject({ typ: 'Refresh' });

    const revoked = await fetch(oidc('/revoke'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'pnyx-cli', token: second['refresh_token'] ?? '', token_type_hint: 'refresh_token' }),
    });
    expect(revoked.status).toBe(200);
    const afterRevocation = await refresh(second['refresh_token'] ?? '');
    expect(afterRevocation.status).toBe(400);
    expect(await afterRevocation.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects a forged refresh token wrapper', async () => {
    const { refresh_token: token = '' } = await tokensFor('alice');
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...decodeJwtPayload(token), rt: 'guessed' })).toString('base64url');
    const response = await fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'pnyx-cli', refresh_token: `${header}.${forgedPayload}.${signature}` }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('serves userinfo for its JWT access tokens only', async () => {
    const tokens = await tokensFor('admin');
    const userinfo = await fetch(oidc('/userinfo'), { headers: { Authorization: `Bearer ${tokens['access_token']}` } });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toEqual({
      sub: DEMO_USERS.find((user) => user.username === 'admin')?.sub,
      preferred_username: 'admin',
      name: 'Ada Admin',
      given_name: 'Ada',
      family_name: 'Admin',
      email: 'admin@pnyx.example',
      email_verified: true,
    });

    for (const token of [tokens['id_token'], tokens['refresh_token'], 'garbage']) {
      const rejected = await fetch(oidc('/userinfo'), { headers: { Authorization: `Bearer ${token}` } });
      expect(rejected.status).toBe(401);
      expect(rejected.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    expect((await fetch(oidc('/userinfo'))).status).toBe(401);
  });

  it('answers keycloak-js third-party cookie checks', async () => {
    const step1 = await fetch(oidc('/3p-cookies/step1.html'));
    expect(step1.status).toBe(200);
    expect(await step1.text()).toContain('step2.html');
    const step2 = await fetch(oidc('/3p-cookies/step2.html'));
    expect(await step2.text()).toContain('postMessage');
    expect(step2.headers.get('content-security-policy')).toContain("script-src 'sha256-");
  });
});
