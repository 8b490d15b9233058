import type { Account, BaseToken } from '../oidc/oidc-provider';
import { findDemoUserBySub, profileClaims } from './demo-users';

/** oidc-provider's `findAccount`: the demo users are the only accounts. */
export function findAccount(sub: string): Account | undefined {
  const user = findDemoUserBySub(sub);
  if (!user) return undefined;
  const claims = profileClaims(user);
  return { accountId: user.sub, claims: () => ({ ...claims, sub: user.sub }) };
}

/**
 * oidc-provider's `extraTokenClaims`: the access token claims Keycloak puts
 * into its tokens (oidc-provider adds iss, sub, aud, exp, iat, jti, scope, client_id).
 */
export function keycloakAccessTokenClaims(token: BaseToken): Record<string, unknown> | undefined {
  if (token.kind !== 'AccessToken') return undefined;
  const user = findDemoUserBySub(token.accountId);
  if (!user) return undefined;
  const { sub: _sub, ...profile } = profileClaims(user);
  return {
    typ: 'Bearer',
    azp: token.clientId,
    ...(token.sid ? { sid: token.sid } : {}),
    ...profile,
    realm_access: { roles: [...user.realmRoles] },
    groups: [...user.groups],
  };
}
