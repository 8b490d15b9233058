import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '@pnyx/api/core/config';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenVerifier } from './token-verifier';
import { SyncedUsers, type UserSync } from './user-sync';

// The real jwtVerify, wrapped so the tests can count signature checks.
vi.mock('jose', async (importOriginal) => {
  const actual = await importOriginal<typeof import('jose')>();
  return { ...actual, jwtVerify: vi.fn(actual.jwtVerify) };
});

const ISSUER = 'http://issuer.test/realms/pnyx';
const AUDIENCE = 'pnyx-api';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** A JWKS endpoint on loopback whose key set the test replaces at will. */
let server: Server;
let served: JWK[] = [];
let jwksFetches = 0;
let keyOne: KeyPair;
let keyTwo: KeyPair;

async function jwk(pair: KeyPair, kid: string): Promise<JWK> {
  return { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
}

function sign(pair: KeyPair, kid: string, claims: { sub?: string; roles?: string[]; expiresInS?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ preferred_username: 'alice', name: 'Alice', realm_access: { roles: claims.roles ?? ['employee'] } })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.sub ?? 'subject-alice')
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresInS ?? 300))
    .sign(pair.privateKey);
}

function verifierFor(): TokenVerifier {
  const { port } = server.address() as AddressInfo;
  const config = { oidc: { issuerUrl: ISSUER, audience: AUDIENCE, jwksUrl: `http://127.0.0.1:${port}/certs` } } as unknown as AppConfig;
  return new TokenVerifier(config);
}

const signatureChecks = () => vi.mocked(jwtVerify).mock.calls.length;

beforeAll(async () => {
  keyOne = await generateKeyPair('RS256');
  keyTwo = await generateKeyPair('RS256');
  server = createServer((_req, res) => {
    jwksFetches++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: served }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  served = [await jwk(keyOne, 'one')];
  jwksFetches = 0;
  vi.mocked(jwtVerify).mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('TokenVerifier', () => {
  it('checks the signature of a token once and answers its second use from memory', async () => {
    const verifier = verifierFor();
    const token = await sign(keyOne, 'one');
    const first = await verifier.verify(token);
    expect(signatureChecks()).toBe(1);
    const second = await verifier.verify(token);
    expect(signatureChecks()).toBe(1);
    expect(second).toBe(first);
    expect(second).toMatchObject({ sub: 'subject-alice', username: 'alice', realmRoles: ['employee'] });
    // A different token is checked on its own.
    await verifier.verify(await sign(keyOne, 'one', { sub: 'subject-bob' }));
    expect(signatureChecks()).toBe(2);
  });

  it('refuses an expired token even though it was remembered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const verifier = verifierFor();
    const token = await sign(keyOne, 'one', { expiresInS: 60 });
    await verifier.verify(token);
    expect(signatureChecks()).toBe(1);
    // Past exp and past the 30 s clock tolerance.
    vi.setSystemTime(Date.now() + 120_000);
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(signatureChecks()).toBe(2);
  });

  it('never remembers a token that fails the check', async () => {
    const verifier = verifierFor();
    const forged = await sign(keyTwo, 'one'); // signed with a key the realm does not publish under that kid
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(signatureChecks()).toBe(2);
  });

  it('forgets every remembered token when an unknown kid brings a new key set', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const verifier = verifierFor();
    const old = await sign(keyOne, 'one', { expiresInS: 3600 });
    await verifier.verify(old);
    await verifier.verify(old);
    expect(signatureChecks()).toBe(1);
    expect(jwksFetches).toBe(1);

    // The realm rotates: key "one" is withdrawn, "two" published.
    served = [await jwk(keyTwo, 'two')];
    vi.setSystemTime(Date.now() + 31_000); // past the JWKS refetch cool-down
    const fresh = await sign(keyTwo, 'two', { expiresInS: 3600 });
    await expect(verifier.verify(fresh)).resolves.toMatchObject({ sub: 'subject-alice' });
    expect(jwksFetches).toBe(2);

    // The old token is checked again, and its key is gone.
    const checks = signatureChecks();
    await expect(verifier.verify(old)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(signatureChecks()).toBe(checks + 1);
  });
});

describe('SyncedUsers', () => {
  it('syncs the user once per verified token and again for a new token', async () => {
    const fromClaims = vi.fn<UserSync['fromClaims']>(async (claims) => ({
      id: `id-${claims.sub}`,
      subject: claims.sub,
      username: claims.username,
      displayName: claims.displayName,
      email: claims.email,
      roles: claims.realmRoles,
    }));
    const users = new SyncedUsers({ fromClaims });
    const verifier = verifierFor();
    const token = await sign(keyOne, 'one');
    const first = await users.forClaims(await verifier.verify(token));
    const again = await users.forClaims(await verifier.verify(token));
    expect(again).toBe(first);
    expect(fromClaims).toHaveBeenCalledTimes(1);

    // New claims (a role added at the provider) come with a new token: synced again.
    const promoted = await users.forClaims(await verifier.verify(await sign(keyOne, 'one', { roles: ['employee', 'admin'] })));
    expect(promoted.roles).toEqual(['employee', 'admin']);
    expect(fromClaims).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failed sync', async () => {
    const fromClaims = vi
      .fn<UserSync['fromClaims']>()
      .mockRejectedValueOnce(new Error('database down'))
      .mockResolvedValue({ id: 'u1', subject: 's', username: 'alice', displayName: 'Alice', email: null, roles: [] });
    const users = new SyncedUsers({ fromClaims });
    const claims = await verifierFor().verify(await sign(keyOne, 'one'));
    await expect(users.forClaims(claims)).rejects.toThrow('database down');
    await expect(users.forClaims(claims)).resolves.toMatchObject({ id: 'u1' });
    expect(fromClaims).toHaveBeenCalledTimes(2);
  });
});
