export const Role = { EMPLOYEE: 'EMPLOYEE', MANAGER: 'MANAGER', ADMIN: 'ADMIN' } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Keycloak realm roles (`realm_access.roles`) and the API roles they grant. */
export const REALM_ROLE_TO_ROLE: Readonly<Record<string, Role>> = {
  employee: Role.EMPLOYEE,
  manager: Role.MANAGER,
  admin: Role.ADMIN,
};

export function rolesFromRealmRoles(realmRoles: readonly string[]): Role[] {
  const roles = new Set<Role>();
  for (const realmRole of realmRoles) {
    const role = REALM_ROLE_TO_ROLE[realmRole];
    if (role) roles.add(role);
  }
  return [Role.EMPLOYEE, Role.MANAGER, Role.ADMIN].filter((r) => roles.has(r));
}

export const SpaceVisibility = { PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' } as const;
export type SpaceVisibility = (typeof SpaceVisibility)[keyof typeof SpaceVisibility];

export const SpaceRole = { OWNER: 'OWNER', MEMBER: 'MEMBER' } as const;
export type SpaceRole = (typeof SpaceRole)[keyof typeof SpaceRole];
