import type { Client, Provider } from '../oidc/oidc-provider';
import type { RedirectUriPolicy } from './redirect-uri-policy';

/**
 * Makes this provider's Client class (its own, so nothing global is touched)
 * behave like Keycloak's clients:
 * - redirect_uri and post_logout_redirect_uri are checked against the
 *   clients' Keycloak-style policies (exact URIs and `prefix*` patterns)
 *   instead of oidc-provider's exact comparison;
 * - tokens always carry the session id `sid` (oidc-provider adds it only for
 *   clients with back-channel logout; keycloak-js reads it as `sessionId`).
 */
export function applyKeycloakClientBehaviour(provider: Provider, policies: ReadonlyMap<string, RedirectUriPolicy>): void {
  const prototype = provider.Client.prototype;
  const exactRedirect = prototype.redirectUriAllowed;
  const exactPostLogout = prototype.postLogoutRedirectUriAllowed;

  Object.defineProperties(prototype, {
    redirectUriAllowed: method(function (this: Client, uri: string): boolean {
      return policies.get(this.clientId)?.allows(uri) ?? exactRedirect.call(this, uri);
    }),
    postLogoutRedirectUriAllowed: method(function (this: Client, uri: string): boolean {
      return policies.get(this.clientId)?.allows(uri) ?? exactPostLogout.call(this, uri);
    }),
    includeSid: method(() => true),
  });
}

function method(value: (...args: never[]) => unknown): PropertyDescriptor {
  return { configurable: true, writable: true, value };
}
