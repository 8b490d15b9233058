import type { KoaMiddleware } from '../oidc/oidc-provider';
import { KEYCLOAK_ROUTES, withDefaultScopes } from './keycloak-layout';

/**
 * Keycloak adds a client's default scopes (profile, email) to every
 * authorization request; keycloak-js itself asks for `openid` only. Doing the
 * same here puts the profile claims into ID tokens and the token `scope`.
 * (Authorization requests are GET only: oidc-provider allows POST only with
 * SameSite=None cookies, which need HTTPS.)
 */
export function defaultScopes(): KoaMiddleware {
  return async (ctx, next) => {
    if (ctx.path === KEYCLOAK_ROUTES.authorization && ctx.method === 'GET') {
      const { scope } = ctx.query;
      if (typeof scope === 'string' || scope === undefined) ctx.query = { ...ctx.query, scope: withDefaultScopes(scope) };
    }
    return next();
  };
}
