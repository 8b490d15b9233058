import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { DomainException } from '@pnyx/api/core/graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** The claims Pnyx reads from a Keycloak access token. */
export interface VerifiedClaims {
  sub: string;
  username: string;
  displayName: string;
  email: string | null;
  realmRoles: string[];
  /** When the token expires (epoch ms, from `exp`). */
  expiresAt: number;
}

const ALGORITHMS = ['RS256'];
const CLOCK_TOLERANCE_SECONDS = 30;

function realmRoles(payload: JWTPayload): string[] {
  const access = payload['realm_access'];
  if (typeof access !== 'object' || access === null) return [];
  const roles = (access as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

function claim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Verifies bearer JWTs from the configured realm: RS256 only, signature via
 * the realm's JWKS (cached; refetched when a token names an unknown `kid`),
 * `iss`, audience, `exp`/`nbf` with 30 s skew.
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;
  private readonly audience: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.issuer = config.oidc.issuerUrl;
    this.audience = config.oidc.audience;
    this.jwks = createRemoteJWKSet(new URL(config.oidc.jwksUrl), {
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 5_000,
    });
  }

  async verify(token: string): Promise<VerifiedClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      throw DomainException.unauthenticated('The access token is invalid or expired');
    }
    const username = claim(payload, 'preferred_username');
    if (!payload.sub || !username) throw DomainException.unauthenticated('The access token carries no user');
    return {
      sub: payload.sub,
      username,
      displayName: claim(payload, 'name') ?? username,
      email: claim(payload, 'email') ?? null,
      realmRoles: realmRoles(payload),
      expiresAt: (payload.exp as number) * 1000,
    };
  }
}
