import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { loadOrCreateKeys } from './key-store';
import { createPayloadAdapterFactory } from './payload-adapter';

describe('identity provider persistence', () => {
  let database: TestDatabase;
  let first: DataSource;
  let second: DataSource;
  const logger = { log: () => undefined, warn: () => undefined, error: () => undefined };

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await database.connect();
    second = await database.connect();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('generates the keys once, even when processes start at the same time', async () => {
    const results = await Promise.all([loadOrCreateKeys(first), loadOrCreateKeys(second), loadOrCreateKeys(first)]);
    const [keys] = results;
    expect(keys?.signing).toHaveLength(1);
    expect(keys?.cookieSecrets).toHaveLength(1);
    expect(keys?.signing[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String), d: expect.any(String) });
    for (const other of results) expect(other).toEqual(keys);
    expect(await loadOrCreateKeys(second)).toEqual(keys);
  });

  it('stores, finds, consumes and revokes oidc-provider payloads', async () => {
    const factory = createPayloadAdapterFactory(first, logger);
    const codes = factory('AuthorizationCode');
    const sessions = factory('Session');

    await codes.upsert('code-1', { kind: 'AuthorizationCode', grantId: 'grant-1', scope: 'openid' }, 60);
    await codes.upsert('code-2', { kind: 'AuthorizationCode', grantId: 'grant-2' }, 60);
    await sessions.upsert('session-1', { kind: 'Session', uid: 'uid-1', accountId: 'a' }, 60);
    expect(await codes.find('code-1')).toEqual({ kind: 'AuthorizationCode', grantId: 'grant-1', scope: 'openid' });
    expect(await sessions.find('code-1')).toBeUndefined();
    expect(await sessions.findByUid('uid-1')).toMatchObject({ accountId: 'a' });

    await codes.consume('code-1');
    expect(await codes.find('code-1')).toMatchObject({ consumed: expect.any(Number) });

    await codes.revokeByGrantId('grant-1');
    expect(await codes.find('code-1')).toBeUndefined();
    expect(await codes.find('code-2')).toBeDefined();

    await sessions.destroy('session-1');
    expect(await sessions.findByUid('uid-1')).toBeUndefined();
    await factory.close();
  });

  it('ignores and lazily deletes expired payloads', async () => {
    const factory = createPayloadAdapterFactory(first, logger);
    const interactions = factory('Interaction');
    await first.query(
      `INSERT INTO idp_payload (id, kind, payload, expires_at) VALUES ('old', 'Interaction', '{}', now() - interval '1 second')`,
    );
    expect(await interactions.find('old')).toBeUndefined();
    await interactions.upsert('new', { kind: 'Interaction' }, 60);
    await factory.close();
    const rows: { id: string }[] = await first.query(`SELECT id FROM idp_payload WHERE kind = 'Interaction'`);
    expect(rows.map((row) => row.id)).toEqual(['new']);
  });
});
