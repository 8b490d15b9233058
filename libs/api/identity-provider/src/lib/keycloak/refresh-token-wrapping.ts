import { randomUUID } from 'node:crypto';
import type { KoaMiddleware, Provider, RefreshToken } from '../oidc/oidc-provider';
import { rewriteForm } from './form-body';
import { KEYCLOAK_ROUTES } from './keycloak-layout';
import type { TokenKeys } from './token-keys';

/** Form parameter carrying a refresh token, per route (POST). */
const REFRESH_TOKEN_PARAMETER: Readonly<Record<string, string>> = {
  [KEYCLOAK_ROUTES.token]: 'refresh_token',
  [KEYCLOAK_ROUTES.revocation]: 'token',
  [KEYCLOAK_ROUTES.introspection]: 'token',
};

const WRAPPER_TYP = 'Refresh';
/** Claim of the wrapper JWT that carries oidc-provider's opaque refresh token. */
const OPAQUE_CLAIM = 'rt';

/**
 * keycloak-js decodes the refresh token as a JWT, oidc-provider's are opaque.
 * Outgoing: every `refresh_token` in a token response is wrapped into a signed
 * JWT in Keycloak's refresh token layout (typ `Refresh`, aud = issuer) that
 * carries the opaque token. Incoming: a wrapper presented to the token,
 * revocation or introspection endpoint is verified and replaced by the opaque
 * token before oidc-provider parses the body.
 */
export function refreshTokenWrapping(provider: Provider, keys: TokenKeys): KoaMiddleware {
  return async (ctx, next) => {
    const parameter = ctx.method === 'POST' ? REFRESH_TOKEN_PARAMETER[ctx.path] : undefined;
    if (!parameter) return next();

    await rewriteForm(ctx, async (form) => {
      const value = form.get(parameter);
      if (!value || form.getAll(parameter).length !== 1) return;
      const opaque = await unwrap(keys, value);
      if (opaque) form.set(parameter, opaque);
    });

    await next();

    const body = ctx.body;
    if (ctx.path !== KEYCLOAK_ROUTES.token || ctx.status !== 200 || !isRecord(body)) return;
    const opaque = body['refresh_token'];
    if (typeof opaque !== 'string') return;
    const token = refreshTokenEntity(ctx.oidc?.entities['RefreshToken'], opaque) ?? (await provider.RefreshToken.find(opaque));
    if (!token) return;
    const expiresIn = Math.max(token.remainingTTL, 0);
    ctx.body = {
      ...body,
      refresh_token: await wrap(keys, opaque, token, expiresIn),
      refresh_expires_in: expiresIn,
    };
  };
}

async function wrap(keys: TokenKeys, opaque: string, token: RefreshToken, expiresIn: number): Promise<string> {
  return keys.sign(
    {
      jti: randomUUID(),
      aud: keys.issuer,
      sub: token.accountId,
      typ: WRAPPER_TYP,
      azp: token.clientId,
      ...(token.sid ? { sid: token.sid } : {}),
      scope: token.scope,
      [OPAQUE_CLAIM]: opaque,
    },
    Math.floor(Date.now() / 1000) + expiresIn,
  );
}

async function unwrap(keys: TokenKeys, value: string): Promise<string | undefined> {
  if (value.split('.').length !== 3) return undefined;
  const payload = await keys.verify(value, { typ: WRAPPER_TYP, audience: keys.issuer });
  const opaque = payload?.[OPAQUE_CLAIM];
  return typeof opaque === 'string' ? opaque : undefined;
}

function refreshTokenEntity(entity: unknown, opaque: string): RefreshToken | undefined {
  return isRecord(entity) && entity['kind'] === 'RefreshToken' && entity['jti'] === opaque
    ? (entity as unknown as RefreshToken)
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
