import { findAccount } from '../accounts/accounts';
import { authenticateDemoUser } from '../accounts/demo-users';
import { errors, type KoaContext, type Provider, type ResourceServerInfo } from '../oidc/oidc-provider';
import { grantScopes } from './first-party-grant';
import { API_RESOURCE_INDICATOR, SUPPORTED_SCOPES, withDefaultScopes } from './keycloak-layout';
import { signInAttempt, type SignInThrottle } from './sign-in-throttle';

const GRANT_TYPE = 'password';

/**
 * Keycloak's direct access grant (`grant_type=password`, RFC 6749 §4.3) for
 * clients that allow it (pnyx-cli): the same tokens as the code flow, without
 * a browser session. With a throttle, repeated wrong passwords for an account
 * (or from an address) are answered more slowly, then refused for a while
 * like Keycloak's brute-force detection does: 400 invalid_grant "Account
 * temporarily disabled", here with a Retry-After header.
 */
export function registerPasswordGrant(provider: Provider, apiResourceServer: () => ResourceServerInfo, throttle?: SignInThrottle): void {
  provider.registerGrantType(
    GRANT_TYPE,
    async (ctx: KoaContext) => {
      const oidc = ctx.oidc;
      const client = oidc?.client;
      if (!oidc || !client) throw new Error('password grant outside of the token endpoint');
      const username = stringParam(oidc.params, 'username');
      const password = stringParam(oidc.params, 'password');
      if (!username) throw new errors.InvalidRequest('Missing parameter: username');
      if (password === undefined) throw new errors.InvalidRequest('Missing parameter: password');

      const attempt = await signInAttempt(throttle, username, ctx.req);
      if (!attempt.allowed) {
        ctx.set('Retry-After', String(attempt.retryAfterSeconds));
        throw temporarilyDisabled(attempt.reason);
      }
      const user = authenticateDemoUser(username, password);
      const account = user && findAccount(user.sub);
      if (!account) throw invalidUserCredentials();
      await attempt.succeeded();
      oidc.entity('Account', account);

      const scopes = new Set(withDefaultScopes(stringParam(oidc.params, 'scope')).split(' '));
      const scope = SUPPORTED_SCOPES.filter((s) => scopes.has(s)).join(' ');
      const { accountId } = account;
      const grant = new provider.Grant({ accountId, clientId: client.clientId });
      const grantId = await grantScopes(grant, scope);
      oidc.entity('Grant', grant);

      const accessToken = new provider.AccessToken({ accountId, client, grantId, gty: GRANT_TYPE });
      accessToken.resourceServer = new provider.ResourceServer(API_RESOURCE_INDICATOR, apiResourceServer());
      accessToken.scope = grant.getResourceScopeFiltered(API_RESOURCE_INDICATOR, [...scopes]);
      oidc.entity('AccessToken', accessToken);
      const accessTokenValue = await accessToken.save();

      const refreshToken = new provider.RefreshToken({
        accountId,
        client,
        grantId,
        gty: GRANT_TYPE,
        scope,
        resource: API_RESOURCE_INDICATOR,
        rotations: 0,
      });
      oidc.entity('RefreshToken', refreshToken);
      const refreshTokenValue = await refreshToken.save();

      let idToken: string | undefined;
      if (scopes.has('openid')) {
        const token = new provider.IdToken({ ...(await account.claims('id_token', scope, {}, [])), sub: accountId }, { ctx });
        token.scope = scope;
        idToken = await token.issue({ use: 'idtoken' });
      }

      ctx.body = {
        access_token: accessTokenValue,
        expires_in: accessToken.expiration,
        refresh_token: refreshTokenValue,
        token_type: accessToken.tokenType,
        ...(idToken ? { id_token: idToken } : {}),
        scope: accessToken.scope,
      };
    },
    ['username', 'password', 'scope'],
  );
}

/** What Keycloak answers (HTTP 401) for a wrong username or password. */
function invalidUserCredentials(): Error {
  const error = new errors.CustomOIDCProviderError('invalid_grant', 'Invalid user credentials');
  error.status = 401;
  error.statusCode = 401;
  return error;
}

/** Keycloak's answer (HTTP 400) while brute-force detection holds an account; the same for a refused address. */
function temporarilyDisabled(reason: 'account' | 'address'): Error {
  const description = reason === 'account' ? 'Account temporarily disabled' : 'Too many failed sign-ins from this address';
  const error = new errors.CustomOIDCProviderError('invalid_grant', description);
  error.status = 400;
  error.statusCode = 400;
  return error;
}

function stringParam(params: Readonly<Record<string, unknown>> | undefined, name: string): string | undefined {
  const value = params?.[name];
  return typeof value === 'string' ? value : undefined;
}
