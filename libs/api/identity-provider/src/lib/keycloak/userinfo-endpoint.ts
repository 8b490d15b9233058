import { findDemoUserBySub, profileClaims } from '../accounts/demo-users';
import type { KoaContext, KoaMiddleware } from '../oidc/oidc-provider';
import { allowOrigin } from './cors';
import { readForm } from './form-body';
import { KEYCLOAK_ROUTES } from './keycloak-layout';
import type { TokenKeys } from './token-keys';

/**
 * Keycloak's userinfo endpoint for our JWT access tokens. oidc-provider's own
 * only accepts tokens without an audience (or opaque ones it stored), so GET
 * and POST are answered here; OPTIONS (CORS preflight) stays with oidc-provider.
 */
export function userinfoEndpoint(keys: TokenKeys, isAllowedOrigin: (origin: string) => boolean): KoaMiddleware {
  return async (ctx, next) => {
    if (ctx.path !== KEYCLOAK_ROUTES.userinfo || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();

    ctx.set('Cache-Control', 'no-store');
    allowOrigin(ctx, isAllowedOrigin);

    const token = bearerToken(ctx.get('Authorization')) ?? (ctx.method === 'POST' ? (await readForm(ctx)).get('access_token') : null);
    if (!token) return unauthorized(ctx, 'invalid_request', 'Token not provided');

    const claims = await keys.verify(token, { typ: 'Bearer' });
    const user = findDemoUserBySub(claims?.sub);
    if (!user) return unauthorized(ctx, 'invalid_token', 'Token verification failed');

    ctx.status = 200;
    ctx.body = profileClaims(user);
  };
}

function bearerToken(authorization: string): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

function unauthorized(ctx: KoaContext, error: string, description: string): void {
  ctx.status = 401;
  ctx.set('WWW-Authenticate', `Bearer realm="pnyx", error="${error}", error_description="${description}"`);
  ctx.body = { error, error_description: description };
}
