import { findAccount, keycloakAccessTokenClaims } from '../accounts/accounts';
import { loadFirstPartyGrant } from '../keycloak/first-party-grant';
import {
  API_RESOURCE_INDICATOR,
  CLI_CLIENT_ID,
  LIFETIMES,
  OIDC_PROVIDER_ROUTES,
  PNYX_API_AUDIENCE,
  SUPPORTED_SCOPES,
  WEB_CLIENT_ID,
} from '../keycloak/keycloak-layout';
import { loginActionPath } from '../keycloak/login-actions';
import type { RedirectUriPolicy } from '../keycloak/redirect-uri-policy';
import { sendHtml } from '../pages/html-page';
import { errorPage, loggedOutPage, logoutPage } from '../pages/session-pages';
import type { IdpKeys } from '../persistence/key-store';
import { errors, type Adapter, type ClientMetadata, type Configuration, type ResourceServerInfo } from './oidc-provider';

export interface ProviderConfigurationInput {
  /** Path of the issuer URL ('' for none). */
  readonly mountPath: string;
  readonly keys: IdpKeys;
  readonly adapter: (modelName: string) => Adapter;
  readonly webRedirects: RedirectUriPolicy;
}

/** The API as an OAuth resource server: JWT access tokens with audience `pnyx-api`. */
export function apiResourceServer(): ResourceServerInfo {
  return {
    scope: SUPPORTED_SCOPES.join(' '),
    audience: PNYX_API_AUDIENCE,
    accessTokenFormat: 'jwt',
    accessTokenTTL: LIFETIMES.accessToken,
    jwt: { sign: { alg: 'RS256' } },
  };
}

export function pnyxClients(webRedirects: RedirectUriPolicy): ClientMetadata[] {
  return [
    {
      client_id: WEB_CLIENT_ID,
      client_name: 'Pnyx',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [...webRedirects.registered],
      post_logout_redirect_uris: [...webRedirects.registered],
    },
    {
      client_id: CLI_CLIENT_ID,
      client_name: 'Pnyx CLI',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['password', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

export function providerConfiguration({ mountPath, keys, adapter, webRedirects }: ProviderConfigurationInput): Configuration {
  return {
    adapter,
    clients: pnyxClients(webRedirects),
    jwks: { keys: keys.signing },
    cookies: {
      keys: keys.cookieSecrets,
      names: { session: 'pnyx_idp_session', interaction: 'pnyx_idp_interaction', resume: 'pnyx_idp_resume' },
      long: { httpOnly: true, sameSite: 'lax', path: mountPath || '/' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
    },
    scopes: [...SUPPORTED_SCOPES],
    responseTypes: ['code'],
    routes: { ...OIDC_PROVIDER_ROUTES },
    clientBasedCORS: (_ctx, origin, client) => client.clientId === WEB_CLIENT_ID && webRedirects.origins.has(origin),
    findAccount: (_ctx, sub) => findAccount(sub),
    extraTokenClaims: (_ctx, token) => keycloakAccessTokenClaims(token),
    loadExistingGrant: loadFirstPartyGrant,
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, interaction) => loginActionPath(mountPath, interaction.uid) },
    renderError: (ctx, out) => sendHtml(ctx, ctx.status >= 400 ? ctx.status : 400, errorPage('Something went wrong', out)),
    formats: {
      customizers: {
        // Keycloak's access tokens say `typ: JWT` (oidc-provider's RFC 9068 default is `at+jwt`).
        jwt: (_ctx, _token, jwt) => {
          jwt.header = { ...jwt.header, typ: 'JWT' };
        },
      },
    },
    ttl: {
      AccessToken: LIFETIMES.accessToken,
      IdToken: LIFETIMES.idToken,
      AuthorizationCode: LIFETIMES.authorizationCode,
      RefreshToken: LIFETIMES.refreshToken,
      Session: LIFETIMES.session,
      Grant: LIFETIMES.grant,
      Interaction: LIFETIMES.interaction,
    },
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      // Public clients: each may only revoke or introspect its own tokens.
      introspection: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => sendHtml(ctx, 200, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => sendHtml(ctx, 200, loggedOutPage()),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE_INDICATOR,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE_INDICATOR) throw new errors.InvalidTarget();
          return apiResourceServer();
        },
      },
    },
  };
}
