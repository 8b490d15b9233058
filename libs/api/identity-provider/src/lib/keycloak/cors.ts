import type { KoaContext, KoaMiddleware } from '../oidc/oidc-provider';
import { KEYCLOAK_ROUTES } from './keycloak-layout';

/** Endpoints keycloak-js calls with `credentials: 'include'`. */
const CREDENTIALED_ROUTES: ReadonlySet<string> = new Set([
  KEYCLOAK_ROUTES.token,
  KEYCLOAK_ROUTES.userinfo,
  KEYCLOAK_ROUTES.revocation,
  KEYCLOAK_ROUTES.introspection,
]);

/**
 * oidc-provider does the CORS checks (client-based on the token endpoint) but
 * never allows credentials; keycloak-js sends them, so the browser needs
 * `Access-Control-Allow-Credentials: true` next to the echoed origin.
 */
export function corsCredentials(): KoaMiddleware {
  return async (ctx, next) => {
    await next();
    if (!CREDENTIALED_ROUTES.has(ctx.path)) return;
    const allowedOrigin = ctx.response.get('Access-Control-Allow-Origin');
    if (allowedOrigin && allowedOrigin !== '*') ctx.set('Access-Control-Allow-Credentials', 'true');
  };
}

/** CORS headers for the routes this library serves itself. */
export function allowOrigin(ctx: KoaContext, isAllowed: (origin: string) => boolean): void {
  ctx.vary('Origin');
  const origin = ctx.get('Origin');
  if (!origin || !isAllowed(origin)) return;
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.set('Access-Control-Expose-Headers', 'WWW-Authenticate');
}
