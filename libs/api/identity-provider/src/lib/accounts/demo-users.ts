import { timingSafeEqual } from 'node:crypto';

export interface DemoUser {
  /** Stable subject (UUID v4), the same in docker/keycloak's realm export. */
  readonly sub: string;
  readonly username: string;
  /** Demo only: the password equals the username. */
  readonly password: string;
  readonly name: string;
  readonly email: string;
  readonly realmRoles: readonly string[];
  /** Group names, as Keycloak's group-membership mapper puts them into the `groups` claim (no full path). */
  readonly groups: readonly string[];
}

/**
 * The realm's groups (departments of a bank), the same in docker/keycloak's realm
 * export: a trial shows how groups arrive in the token before any feature uses them.
 */
export const DEMO_GROUPS: readonly string[] = Object.freeze(['Retail Banking', 'Risk', 'IT']);

function demoUser(sub: string, username: string, name: string, realmRoles: readonly string[], groups: readonly string[]): DemoUser {
  return Object.freeze({
    sub,
    username,
    password: username,
    name,
    email: `${username}@pnyx.example`,
    realmRoles: Object.freeze([...realmRoles]),
    groups: Object.freeze([...groups]),
  });
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  demoUser('eafc1968-b097-4811-91f5-70874999e9bc', 'alice', 'Alice Adler', ['employee'], ['Retail Banking']),
  demoUser('b7c1bd23-6893-48f0-9ceb-4cc22cf6f9c0', 'bob', 'Bob Berger', ['employee'], ['Risk']),
  demoUser('10c40483-2f8f-495d-916a-2ac55852d61b', 'carol', 'Carol Conrad', ['employee', 'manager'], ['Retail Banking', 'Risk']),
  demoUser('704039ee-31dd-4892-b7bf-b24edc6c4e87', 'admin', 'Ada Admin', ['employee', 'admin'], ['IT']),
]);

export function findDemoUserBySub(sub: string | undefined): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.sub === sub);
}

/**
 * Login by username or email, compared case-insensitively (as in Keycloak);
 * the password comparison is exact and constant-time.
 */
export function authenticateDemoUser(usernameOrEmail: string, password: string): DemoUser | undefined {
  const login = usernameOrEmail.trim().toLowerCase();
  const user = DEMO_USERS.find((candidate) => candidate.username === login || candidate.email === login);
  if (!user) return undefined;
  const given = Buffer.from(password, 'utf8');
  const expected = Buffer.from(user.password, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? user : undefined;
}

/** OIDC standard claims of a user, in Keycloak's layout (profile and email scopes). */
export function profileClaims(user: DemoUser): Record<string, unknown> {
  const [givenName = user.name, ...rest] = user.name.split(' ');
  return {
    sub: user.sub,
    preferred_username: user.username,
    name: user.name,
    given_name: givenName,
    family_name: rest.join(' '),
    email: user.email,
    email_verified: true,
  };
}
