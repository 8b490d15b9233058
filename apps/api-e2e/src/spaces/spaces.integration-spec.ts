import { currentRequestId } from '@pnyx/api/core/observability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, uniqueKey } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const CREATE = 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id key name description visibility myRole memberCount members { role user { username } } } }';
const ADD = 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id members { role user { username } } } }';
const BY_KEY = 'query($key: String!) { space(key: $key) { id key name members { role user { username } } } }';

describe('spaces', () => {
  let api: TestApi;
  let alice: string;
  let bob: string;
  let carol: string;

  beforeAll(async () => {
    api = await startTestApi();
    [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((u) => api.token(u)));
  });
  afterAll(() => api?.close());

  it('creates a space with the creator as its owner', async () => {
    const key = uniqueKey('ops');
    const result = await api.gql(alice, CREATE, { input: { key, name: '  Operations ', description: 'Runbooks', visibility: 'PRIVATE' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      createSpace: expect.objectContaining({
        key, name: 'Operations', description: 'Runbooks', visibility: 'PRIVATE', myRole: 'OWNER', memberCount: 1,
        members: [{ role: 'OWNER', user: { username: 'alice' } }],
      }),
    });
  });

  it('lists public spaces to everyone and private ones only to members', async () => {
    const pub = await buildSpace(api, { visibility: 'PUBLIC' });
    const priv = await buildSpace(api, { visibility: 'PRIVATE', members: ['bob'] });
    const keys = async (token: string) =>
      ((await api.gql<{ spaces: { key: string }[] }>(token, '{ spaces { key } }')).data?.spaces ?? []).map((s) => s.key);
    expect(await keys(alice)).toEqual(expect.arrayContaining([pub.key, priv.key]));
    expect(await keys(bob)).toEqual(expect.arrayContaining([pub.key, priv.key]));
    const carolSees = await keys(carol);
    expect(carolSees).toContain(pub.key);
    expect(carolSees).not.toContain(priv.key);
  });

  it('hides a private space from a stranger by key and by id, exactly as a missing one', async () => {
    const priv = await buildSpace(api, { visibility: 'PRIVATE' });
    const byKey = await api.gql(carol, BY_KEY, { key: priv.key });
    const missing = await api.gql(carol, BY_KEY, { key: 'no-such-space' });
    expect(errorOf(byKey)).toEqual(errorOf(missing));
    expect(errorOf(byKey)).toMatchObject({ code: 'NOT_FOUND', field: 'key' });
    expect(JSON.stringify(byKey)).not.toContain(priv.key);

    const byId = await api.gql(carol, 'query($id: ID!) { node(id: $id) { id ... on Space { key name } } }', { id: priv.id });
    expect(errorOf(byId)).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(byId)).not.toContain('Test space');

    const asMember = await api.gql(alice, 'query($id: ID!) { node(id: $id) { id ... on Space { key } } }', { id: priv.id });
    expect(asMember.data).toEqual({ node: { id: priv.id, key: priv.key } });
  });

  it('finds a space by key regardless of case', async () => {
    const space = await buildSpace(api, { key: uniqueKey('Case') });
    const result = await api.gql(bob, BY_KEY, { key: space.key.toLowerCase() });
    expect(result.data).toMatchObject({ space: { id: space.id, key: space.key } });
  });

  it('refuses a key that exists (in any case) with CONFLICT and writes nothing', async () => {
    const space = await buildSpace(api);
    const [{ count: before }] = await api.dataSource.query('SELECT count(*)::int AS count FROM space');
    const [{ count: auditBefore }] = await api.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
    const result = await api.gql(bob, CREATE, { input: { key: space.key.toUpperCase(), name: 'Again', visibility: 'PUBLIC' } });
    expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', field: 'key' });
    const [{ count: after }] = await api.dataSource.query('SELECT count(*)::int AS count FROM space');
    const [{ count: auditAfter }] = await api.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
    expect(after).toBe(before);
    expect(auditAfter).toBe(auditBefore);
  });

  it.each([
    [{ key: 'x' }, 'key'],
    [{ key: 'k'.repeat(33) }, 'key'],
    [{ key: 'no spaces' }, 'key'],
    [{ key: "x'; DROP TABLE space; --" }, 'key'],
    [{ name: '' }, 'name'],
    [{ name: 'n'.repeat(101) }, 'name'],
    [{ description: 'd'.repeat(2001) }, 'description'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (override, field) => {
    const result = await api.gql(alice, CREATE, { input: { key: uniqueKey(), name: 'Valid', visibility: 'PUBLIC', ...override } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data ?? null).toBeNull();
  });

  it('refuses an unknown visibility before anything runs', async () => {
    const result = await api.gql(alice, CREATE, { input: { key: uniqueKey(), name: 'Valid', visibility: 'SECRET' } });
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });

  it('lets the owner add members and change their role, and audits both', async () => {
    const space = await buildSpace(api, { visibility: 'PRIVATE' });
    const added = await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'bob', role: 'MEMBER' } });
    expect(added.data).toMatchObject({ addSpaceMember: { members: expect.arrayContaining([{ role: 'MEMBER', user: { username: 'bob' } }]) } });
    const promoted = await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'BOB', role: 'OWNER' } });
    expect(promoted.data).toMatchObject({ addSpaceMember: { members: expect.arrayContaining([{ role: 'OWNER', user: { username: 'bob' } }]) } });

    const bobSees = await api.gql(bob, BY_KEY, { key: space.key });
    expect(bobSees.data).toMatchObject({ space: { key: space.key } });

    const rows = await api.dataSource.query(
      `SELECT action, data->>'username' AS username, data->>'role' AS role FROM audit_log
        WHERE subject_id = (SELECT id FROM space WHERE key = $1) ORDER BY id`,
      [space.key],
    );
    expect(rows).toEqual([
      { action: 'space.created', username: null, role: null },
      { action: 'space.member_added', username: 'bob', role: 'MEMBER' },
      { action: 'space.member_role_changed', username: 'bob', role: 'OWNER' },
    ]);
  });

  it('answers canManageMembers with the rule addSpaceMember enforces', async () => {
    const space = await buildSpace(api, { visibility: 'PUBLIC', members: ['bob'] });
    const Q = 'query($key: String!) { space(key: $key) { canManageMembers } }';
    const answers = await Promise.all([alice, bob, carol].map(async (token) => (await api.gql<{ space: { canManageMembers: boolean } }>(token, Q, { key: space.key })).data?.space.canManageMembers));
    expect(answers).toEqual([true, false, false]);
    const tried: string[] = [];
    for (const token of [bob, carol, alice]) tried.push(errorOf(await api.gql(token, ADD, { input: { spaceId: space.id, username: 'carol', role: 'MEMBER' } })).code ?? 'OK');
    expect(tried).toEqual(['FORBIDDEN', 'FORBIDDEN', 'OK']);
  });

  it('refuses member management by a non-owner (FORBIDDEN) and hides private spaces from strangers (NOT_FOUND)', async () => {
    const pub = await buildSpace(api, { visibility: 'PUBLIC', members: ['bob'] });
    const asMember = await api.gql(bob, ADD, { input: { spaceId: pub.id, username: 'carol', role: 'MEMBER' } });
    expect(errorOf(asMember).code).toBe('FORBIDDEN');
    const asStranger = await api.gql(carol, ADD, { input: { spaceId: pub.id, username: 'carol', role: 'OWNER' } });
    expect(errorOf(asStranger).code).toBe('FORBIDDEN');

    const priv = await buildSpace(api, { visibility: 'PRIVATE' });
    const intoPrivate = await api.gql(carol, ADD, { input: { spaceId: priv.id, username: 'carol', role: 'OWNER' } });
    expect(errorOf(intoPrivate)).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM space_member m JOIN app_user u ON u.id = m.user_id
        WHERE u.username = 'carol' AND m.space_id IN (SELECT id FROM space WHERE key IN ($1, $2))`,
      [pub.key, priv.key],
    );
    expect(count).toBe(0);
  });

  it('names the unknown user when adding one', async () => {
    const space = await buildSpace(api);
    const stranger = uniqueKey('nobody');
    const result = await api.gql(alice, ADD, { input: { spaceId: space.id, username: stranger, role: 'MEMBER' } });
    expect(errorOf(result)).toMatchObject({ code: 'NOT_FOUND', field: 'username' });
    expect(errorOf(result).message).toContain(stranger);
  });

  /** Roles in the space, by username. */
  const rolesIn = async (key: string): Promise<Record<string, string>> => {
    const rows: { username: string; role: string }[] = await api.dataSource.query(
      `SELECT u.username, m.role FROM space_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.space_id = (SELECT id FROM space WHERE key = $1) ORDER BY u.username`,
      [key],
    );
    return Object.fromEntries(rows.map((r) => [r.username, r.role]));
  };
  const countOf = async (table: string): Promise<number> => (await api.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;

  it('refuses to demote the last owner with CONFLICT naming role, and writes nothing', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    const [audit, outbox] = [await countOf('audit_log'), await countOf('outbox_event')];
    const result = await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'alice', role: 'MEMBER' } });
    expect(errorOf(result)).toEqual({ code: 'CONFLICT', field: 'role', message: 'A space needs at least one owner' });
    expect(result.data ?? null).toBeNull();
    expect(await rolesIn(space.key)).toEqual({ alice: 'OWNER', bob: 'MEMBER' });
    expect([await countOf('audit_log'), await countOf('outbox_event')]).toEqual([audit, outbox]);
  });

  it('lets an owner step down while another owner remains, and not the one left after that', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    expect((await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'bob', role: 'OWNER' } })).errors).toBeUndefined();
    expect((await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'alice', role: 'MEMBER' } })).errors).toBeUndefined();
    expect(await rolesIn(space.key)).toEqual({ alice: 'MEMBER', bob: 'OWNER' });
    expect(errorOf(await api.gql(bob, ADD, { input: { spaceId: space.id, username: 'bob', role: 'MEMBER' } }))).toMatchObject({ code: 'CONFLICT', field: 'role' });
    expect(await rolesIn(space.key)).toEqual({ alice: 'MEMBER', bob: 'OWNER' });
  });

  it('lets exactly one of two owners demoting each other at the same time succeed', async () => {
    const space = await buildSpace(api, { members: ['bob'] });
    expect((await api.gql(alice, ADD, { input: { spaceId: space.id, username: 'bob', role: 'OWNER' } })).errors).toBeUndefined();

    // Hold the member rows so both requests get past their permission check and then wait: a real overlap, every run.
    const holder = api.dataSource.createQueryRunner();
    await holder.connect();
    let results: Awaited<ReturnType<typeof api.gql>>[];
    try {
      await holder.startTransaction();
      await holder.query('SELECT 1 FROM space_member WHERE space_id = (SELECT id FROM space WHERE key = $1) FOR UPDATE', [space.key]);
      const both = Promise.all([
        api.gql(alice, ADD, { input: { spaceId: space.id, username: 'bob', role: 'MEMBER' } }),
        api.gql(bob, ADD, { input: { spaceId: space.id, username: 'alice', role: 'MEMBER' } }),
      ]);
      for (let waiting = 0; waiting < 2; await new Promise((resolve) => setTimeout(resolve, 10))) {
        [{ waiting }] = await holder.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      await holder.commitTransaction();
      results = await both;
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }

    const outcomes = results.map((r) => errorOf(r).code ?? 'OK').sort();
    expect(outcomes).toEqual(['FORBIDDEN', 'OK']);
    expect(Object.values(await rolesIn(space.key)).sort()).toEqual(['MEMBER', 'OWNER']);
  });

  it('loads members of many spaces without a query per space', async () => {
    for (let i = 0; i < 5; i++) await buildSpace(api, { members: ['bob', 'carol'] });
    const selects: string[] = [];
    const source = api.dataSource as unknown as { logger: typeof api.dataSource.logger };
    const logger = source.logger;
    // Only this request's statements: background work (event consumers, jobs due from earlier suites) runs
    // outside any request context and may read spaces and users at the same moment.
    const ofThisRequest = () => currentRequestId() !== undefined;
    source.logger = { ...logger, logQuery: (query: string) => void (/^\s*SELECT .*(space|app_user)/s.test(query) && ofThisRequest() && !query.includes('outbox_event') && selects.push(query)) };
    try {
      const result = await api.gql<{ spaces: unknown[] }>(alice, '{ spaces { key memberCount myRole members { role user { username displayName } } } }');
      expect(result.data?.spaces.length).toBeGreaterThan(5);
    } finally {
      source.logger = logger;
    }
    // spaces, members (one batch), users (one batch) — and not one per space.
    expect(selects).toHaveLength(3);
  });
});
