import Keycloak from 'keycloak-js';
import { AppConfig } from '../config/app-config';

/** Seconds a token must still be valid for; otherwise it is refreshed first. */
export const MIN_TOKEN_VALIDITY_SECONDS = 30;

/**
 * Signs the user in before the app starts: redirects to the identity provider when there
 * is no session (authorization code + PKCE) and resolves once a token is at hand.
 */
export async function initKeycloak(config: AppConfig): Promise<Keycloak> {
  const keycloak = new Keycloak({ url: config.oidc.url, realm: config.oidc.realm, clientId: config.oidc.clientId });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS).catch(() => keycloak.login());
  };
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  return keycloak;
}
