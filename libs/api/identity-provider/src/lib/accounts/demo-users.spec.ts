import { describe, expect, it } from 'vitest';
import { authenticateDemoUser, DEMO_GROUPS, DEMO_USERS } from './demo-users';

describe('demo users', () => {
  it('are the four Keycloak realm users with fixed UUID v4 subjects', () => {
    expect(DEMO_USERS.map((user) => [user.username, user.realmRoles])).toEqual([
      ['alice', ['employee']],
      ['bob', ['employee']],
      ['carol', ['employee', 'manager']],
      ['admin', ['employee', 'admin']],
    ]);
    expect(DEMO_USERS.map((user) => [user.username, user.groups])).toEqual([
      ['alice', ['Retail Banking']],
      ['bob', ['Risk']],
      ['carol', ['Retail Banking', 'Risk']],
      ['admin', ['IT']],
    ]);
    expect(new Set(DEMO_USERS.flatMap((user) => user.groups))).toEqual(new Set(DEMO_GROUPS));
    for (const user of DEMO_USERS) {
      expect(user.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(user.password).toBe(user.username);
      expect(user.email).toBe(`${user.username}@pnyx.example`);
    }
  });

  it('authenticate by username or email, case-insensitively, with the exact password', () => {
    expect(authenticateDemoUser('Alice', 'alice')?.username).toBe('alice');
    expect(authenticateDemoUser('carol@pnyx.example', 'carol')?.username).toBe('carol');
    expect(authenticateDemoUser('alice', 'Alice')).toBeUndefined();
    expect(authenticateDemoUser('alice', 'bob')).toBeUndefined();
    expect(authenticateDemoUser('mallory', 'mallory')).toBeUndefined();
  });
});
