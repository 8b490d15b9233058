import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './testing/test-database';
import { startTestServer, type TestServer } from './testing/test-server';

describe('embedded identity provider across restarts', () => {
  let database: TestDatabase;
  let server: TestServer;
  let dataSource: DataSource;
  const oidc = (path: string) => `${server.issuer}/protocol/openid-connect${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await database.connect();
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  async function jwks(): Promise<JSONWebKeySet> {
    return (await (await fetch(oidc('/certs'))).json()) as JSONWebKeySet;
  }

  it('keeps keys, tokens and refresh tokens valid after a restart, also for a second process', async () => {
    await server.start(dataSource);
    const before = await jwks();
    const response = await fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username: 'alice', password: 'alice' }),
    });
    const tokens = (await response.json()) as Record<string, string>;

    // A second "process" (its own connection pool) replaces the first one.
    await server.start(await database.connect());
    const after = await jwks();
    expect(after.keys.map((key) => key.kid)).toEqual(before.keys.map((key) => key.kid));

    const { payload } = await jwtVerify(tokens['access_token'] ?? '', createRemoteJWKSet(new URL(oidc('/certs'))), {
      issuer: server.issuer,
      audience: 'pnyx-api',
    });
    expect(payload['preferred_username']).toBe('alice');
    await expect(
      jwtVerify(tokens['access_token'] ?? '', createLocalJWKSet(before), { issuer: server.issuer }),
    ).resolves.toBeDefined();

    const userinfo = await fetch(oidc('/userinfo'), { headers: { Authorization: `Bearer ${tokens['access_token']}` } });
    expect(userinfo.status).toBe(200);

    const refreshed = await fetch(oidc('/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'pnyx-cli', refresh_token: tokens['refresh_token'] ?? '' }),
    });
    expect(refreshed.status).toBe(200);
  });
});
