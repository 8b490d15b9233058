/** Audience of access tokens, as a Keycloak audience mapper for the API would add it. */
export const PNYX_API_AUDIENCE = 'pnyx-api';

export const WEB_CLIENT_ID = 'pnyx-web';
export const CLI_CLIENT_ID = 'pnyx-cli';

/**
 * Resource indicator under which oidc-provider issues the JWT access tokens.
 * oidc-provider requires an absolute URI here; the token's `aud` is PNYX_API_AUDIENCE.
 */
export const API_RESOURCE_INDICATOR = 'urn:pnyx:api';

/** Scopes Keycloak grants by default (its "default client scopes"), requested or not. */
export const DEFAULT_SCOPES = ['profile', 'email'] as const;
export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** Keycloak's URL layout below the realm URL (= the issuer), as oidc-provider's `routes`. */
const OIDC = '/protocol/openid-connect';
export const OIDC_PROVIDER_ROUTES = {
  authorization: `${OIDC}/auth`,
  token: `${OIDC}/token`,
  jwks: `${OIDC}/certs`,
  userinfo: `${OIDC}/userinfo`,
  end_session: `${OIDC}/logout`,
  introspection: `${OIDC}/token/introspect`,
  revocation: `${OIDC}/revoke`,
  pushed_authorization_request: `${OIDC}/ext/par/request`,
} as const;

/** All routes, including those served by this library's middleware rather than oidc-provider's router. */
export const KEYCLOAK_ROUTES = {
  ...OIDC_PROVIDER_ROUTES,
  thirdPartyCookiesStep1: `${OIDC}/3p-cookies/step1.html`,
  thirdPartyCookiesStep2: `${OIDC}/3p-cookies/step2.html`,
  /** Login form of an interaction: `${loginActions}/<uid>`. */
  loginActions: '/login-actions',
} as const;

/** Lifetimes in seconds, close to Keycloak's defaults. */
export const LIFETIMES = {
  accessToken: 5 * 60,
  idToken: 5 * 60,
  authorizationCode: 60,
  /** Sliding: every refresh issues a new refresh token with a fresh lifetime (SSO Session Idle). */
  refreshToken: 30 * 60,
  /** A working day (SSO Session Max). */
  session: 10 * 60 * 60,
  grant: 10 * 60 * 60,
  /** Time to fill in the login form (Keycloak's login timeout). */
  interaction: 30 * 60,
} as const;

export function withDefaultScopes(scope: string | undefined): string {
  const requested = (scope ?? '').split(' ').filter((s) => s.length > 0);
  return [...new Set([...requested, ...DEFAULT_SCOPES])].join(' ');
}
