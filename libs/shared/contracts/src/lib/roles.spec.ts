import { describe, expect, it } from 'vitest';
import { rolesFromRealmRoles } from './roles';

describe('rolesFromRealmRoles', () => {
  it.each([
    [['employee'], ['EMPLOYEE']],
    [['employee', 'manager'], ['EMPLOYEE', 'MANAGER']],
    [['admin', 'employee', 'offline_access', 'uma_authorization'], ['EMPLOYEE', 'ADMIN']],
    [['default-roles-pnyx'], []],
    [[], []],
  ])('%j -> %j', (realm, expected) => {
    expect(rolesFromRealmRoles(realm)).toEqual(expected);
  });
});
