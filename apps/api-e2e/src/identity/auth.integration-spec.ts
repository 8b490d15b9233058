import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const ME = '{ me { id username displayName email roles } }';

describe('identity: tokens and users', () => {
  let api: TestApi;
  let signingKey: { kid: string; key: CryptoKey | Uint8Array };

  beforeAll(async () => {
    api = await startTestApi();
    // The provider's real signing key, read from its table: lets a test forge
    // tokens that differ from a good one in exactly one respect.
    const [row] = await api.dataSource.query(`SELECT kid, private_jwk AS jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
    signingKey = { kid: row.kid, key: (await importJWK(row.jwk as JWK, 'RS256')) as CryptoKey };
  });
  afterAll(() => api?.close());

  /** A token exactly like the provider's, but for `claims` (which override the standard ones). */
  function forge(claims: Record<string, unknown>, options: { key?: CryptoKey | Uint8Array; kid?: string } = {}) {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: api.issuer, aud: 'pnyx-api', sub: 'forged-subject-1', iat: now, exp: now + 300,
      preferred_username: 'mallory', name: 'Mallory Forge', realm_access: { roles: ['employee'] }, azp: 'pnyx-web',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? signingKey.kid })
      .sign(options.key ?? signingKey.key);
  }

  it('returns the signed-in user with roles mapped from realm roles', async () => {
    const alice = await api.gql(await api.token('alice'), ME);
    expect(alice.data).toEqual({ me: expect.objectContaining({ username: 'alice', displayName: 'Alice Adler', email: 'alice@pnyx.example', roles: ['EMPLOYEE'] }) });
    const carol = await api.gql(await api.token('carol'), ME);
    expect(carol.data).toMatchObject({ me: { username: 'carol', roles: ['EMPLOYEE', 'MANAGER'] } });
    const admin = await api.gql(await api.token('admin'), ME);
    expect(admin.data).toMatchObject({ me: { username: 'admin', roles: ['EMPLOYEE', 'ADMIN'] } });
  });

  it('accepts a token forged correctly with the real key (the control for the cases below)', async () => {
    const result = await api.gql(await forge({}), ME);
    expect(result.data).toMatchObject({ me: { username: 'mallory', displayName: 'Mallory Forge', roles: ['EMPLOYEE'] } });
  });

  it.each([
    ['no token', async () => null],
    ['a malformed token', async () => 'not-a-jwt'],
    ['an expired token', async () => forge({ exp: Math.floor(Date.now() / 1000) - 120 })],
    ['a token not valid yet', async () => forge({ nbf: Math.floor(Date.now() / 1000) + 600 })],
    ['a token for another audience', async () => forge({ aud: 'other-api' })],
    ['a token from another issuer', async () => forge({ iss: 'https://evil.example/realms/pnyx' })],
    ['a token signed by another key', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return forge({}, { key: privateKey, kid: 'attacker-key' });
    }],
    ['a token signed by another key that claims the real kid', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return forge({}, { key: privateKey });
    }],
    ['an HS256 token keyed with the public key', async () => {
      const [row] = await api.dataSource.query(`SELECT private_jwk AS jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
      const { n, e, kty } = row.jwk as JWK;
      const secret = new TextEncoder().encode(JSON.stringify(await exportJWK(await importJWK({ n, e, kty }, 'RS256'))));
      return new SignJWT({ preferred_username: 'alice' }).setProtectedHeader({ alg: 'HS256', kid: signingKey.kid }).setIssuer(api.issuer).setAudience('pnyx-api').setSubject('x').setExpirationTime('5m').sign(secret);
    }],
  ])('refuses %s with UNAUTHENTICATED and nothing else', async (_name, makeToken) => {
    const result = await api.gql(await makeToken(), ME);
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/stack|at \w+ \(|jose|JWS|JWT[A-Z]/);
  });

  it('creates the user row on first sight and updates it when the token changes', async () => {
    await api.gql(await forge({ sub: 'forged-subject-2', preferred_username: 'forged2', name: 'Forged One' }), ME);
    await api.gql(await forge({ sub: 'forged-subject-2', preferred_username: 'forged2b', name: 'Forged Renamed' }), ME);
    const rows = await api.dataSource.query(`SELECT username, display_name FROM app_user WHERE subject = 'forged-subject-2'`);
    expect(rows).toEqual([{ username: 'forged2b', display_name: 'Forged Renamed' }]);
  });

  it('gives a username to a new account that took it over, keeping the old row under another name', async () => {
    await api.gql(await forge({ sub: 'forged-subject-3', preferred_username: 'taken' }), ME);
    const result = await api.gql(await forge({ sub: 'forged-subject-4', preferred_username: 'taken' }), ME);
    expect(result.data).toMatchObject({ me: { username: 'taken' } });
    const rows = await api.dataSource.query(`SELECT subject, username FROM app_user WHERE subject IN ('forged-subject-3', 'forged-subject-4') ORDER BY subject`);
    expect(rows).toEqual([
      { subject: 'forged-subject-3', username: expect.stringMatching(/^taken~[0-9a-f]{8}$/) },
      { subject: 'forged-subject-4', username: 'taken' },
    ]);
  });

  it('finds users by part of their name', async () => {
    const token = await api.token('alice');
    const result = await api.gql<{ users: { username: string }[] }>(token, '{ users(search: "car") { username displayName } }');
    expect(result.data?.users.map((u) => u.username)).toEqual(['carol']);
    const tooLong = await api.gql(token, `{ users(search: "${'x'.repeat(101)}") { id } }`);
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('resolves a user by global id through node(id), and refuses a forged id', async () => {
    const token = await api.token('bob');
    const me = await api.gql<{ me: { id: string } }>(token, ME);
    const node = await api.gql(token, 'query($id: ID!) { node(id: $id) { id ... on User { username } } }', { id: me.data?.me.id });
    expect(node.data).toEqual({ node: { id: me.data?.me.id, username: 'bob' } });
    const forged = await api.gql(token, '{ node(id: "garbage") { id } }');
    expect(errorOf(forged)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lets a second API process, pointed at this one as its issuer, accept the same tokens', async () => {
    const second = await startTestApiAgainst(api.issuer);
    try {
      const result = await second.gql(await api.token('alice'), ME);
      expect(result.data).toMatchObject({ me: { username: 'alice' } });
      const discovery = await fetch(`${second.url}/realms/pnyx/.well-known/openid-configuration`);
      expect(discovery.status).toBe(404); // the second one runs no identity provider of its own
    } finally {
      await second.close();
    }
  });
});

async function startTestApiAgainst(issuer: string): Promise<TestApi> {
  return startTestApi({ OIDC_ISSUER_URL: issuer, SEED_DEMO: 'false' });
}
