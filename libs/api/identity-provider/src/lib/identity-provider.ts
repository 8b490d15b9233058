import type { EmbeddedIdentityProvider, EmbeddedIdentityProviderOptions } from './identity-provider.types';
import { applyKeycloakClientBehaviour } from './keycloak/keycloak-client-behaviour';
import { corsCredentials } from './keycloak/cors';
import { defaultScopes } from './keycloak/default-scopes';
import { WEB_CLIENT_ID } from './keycloak/keycloak-layout';
import { loginActions } from './keycloak/login-actions';
import { registerPasswordGrant } from './keycloak/password-grant';
import { redirectUriPolicy } from './keycloak/redirect-uri-policy';
import { refreshTokenWrapping } from './keycloak/refresh-token-wrapping';
import { thirdPartyCookiesCheck } from './keycloak/third-party-cookies-check';
import { createTokenKeys } from './keycloak/token-keys';
import { userinfoEndpoint } from './keycloak/userinfo-endpoint';
import { Provider } from './oidc/oidc-provider';
import { apiResourceServer, providerConfiguration } from './oidc/provider-configuration';
import { errorBoundary, logProviderEvents } from './oidc/provider-events';
import { loadOrCreateKeys } from './persistence/key-store';
import { createPayloadAdapterFactory } from './persistence/payload-adapter';

/**
 * Starts the embedded identity provider: a Keycloak look-alike (realm layout,
 * clients, demo users, token claims) on oidc-provider, for development and
 * tests only. Keys and state live in the given database.
 */
export async function createEmbeddedIdentityProvider(
  options: EmbeddedIdentityProviderOptions,
): Promise<EmbeddedIdentityProvider> {
  if (options.nodeEnv.trim().toLowerCase() === 'production') {
    throw new Error(
      'The embedded identity provider refuses to start with NODE_ENV=production: its demo users have known passwords. Use Keycloak.',
    );
  }
  const logger = options.logger ?? console;
  const issuerUrl = new URL(options.issuer);
  if (issuerUrl.search || issuerUrl.hash) throw new Error(`invalid issuer ${options.issuer}: no query or fragment allowed`);
  const mountPath = issuerUrl.pathname.replace(/\/+$/, '');
  const issuer = `${issuerUrl.origin}${mountPath}`;
  const webRedirects = redirectUriPolicy(options.webRedirectUris ?? [`${issuerUrl.origin}/*`]);

  const keys = await loadOrCreateKeys(options.dataSource);
  const tokenKeys = await createTokenKeys(issuer, keys.signing);
  const adapter = createPayloadAdapterFactory(options.dataSource, logger);

  const provider = new Provider(issuer, providerConfiguration({ mountPath, keys, adapter, webRedirects }));
  // Behind a TLS-terminating proxy, cookies get `Secure` only if X-Forwarded-Proto is trusted.
  provider.proxy = issuerUrl.protocol === 'https:';
  applyKeycloakClientBehaviour(provider, new Map([[WEB_CLIENT_ID, webRedirects]]));
  registerPasswordGrant(provider, apiResourceServer, options.loginThrottle);
  logProviderEvents(provider, logger);

  // Koa middleware in front of oidc-provider's router, in this order.
  provider.use(errorBoundary(logger));
  provider.use(corsCredentials());
  provider.use(thirdPartyCookiesCheck());
  provider.use(defaultScopes());
  provider.use(refreshTokenWrapping(provider, tokenKeys));
  provider.use(userinfoEndpoint(tokenKeys, (origin) => webRedirects.origins.has(origin)));
  provider.use(loginActions(provider, mountPath, options.loginThrottle));

  const handle = provider.callback();
  let closed = false;
  logger.log(`Embedded identity provider (development/test only) serving realm ${issuer}`);

  return {
    callback: (req, res) => {
      if (closed) {
        res.statusCode = 503;
        res.end();
        return;
      }
      void handle(req, res);
    },
    async close() {
      closed = true;
      await adapter.close();
      provider.removeAllListeners();
    },
  };
}
