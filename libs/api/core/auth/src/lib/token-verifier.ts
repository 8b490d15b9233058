import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { DomainException } from '@pnyx/api/core/graphql';
import { createRemoteJWKSet, jwtVerify, type JWTHeaderParameters, type JWTPayload, type FlattenedJWSInput } from 'jose';
import { VerifiedTokenCache } from './verified-token-cache';

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
/** Verified tokens remembered at most (least recently used go first). */
export const VERIFIED_TOKENS_MAX = 10_000;

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
 *
 * A verified token is remembered (by its SHA-256, at most
 * VERIFIED_TOKENS_MAX, least recently used dropped first) until its `exp`, so
 * a client sending the same token again costs a hash, not an RSA check; the
 * same claims object comes back, which lets SyncedUsers remember the user per
 * token. When the realm's key set changes (a refetch on an unknown `kid`, or
 * the periodic refresh), every remembered token is forgotten: a token signed
 * with a key that was taken out is refused at its next use.
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;
  private readonly audience: string;
  private readonly verified = new VerifiedTokenCache<VerifiedClaims>(VERIFIED_TOKENS_MAX);
  /** The key set the remembered tokens were verified with, and how often it changed. */
  private keySet: string | null = null;
  private keySetChanges = 0;

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
    const key = VerifiedTokenCache.keyOf(token);
    const remembered = this.verified.get(key, Date.now());
    if (remembered) return remembered;
    const changes = this.keySetChanges;
    const claims = await this.check(token);
    // Checked against a key set replaced meanwhile: right for now, but not remembered.
    if (changes === this.keySetChanges) this.verified.set(key, claims, Date.now());
    return claims;
  }

  /** The full check: signature, issuer, audience, times, required claims. */
  private async check(token: string): Promise<VerifiedClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
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

  /** The realm's key for a token; forgets every remembered token when the key set has changed since. */
  private readonly key = async (header: JWTHeaderParameters, input: FlattenedJWSInput) => {
    try {
      return await this.jwks(header, input);
    } finally {
      const keySet = JSON.stringify(this.jwks.jwks()?.keys ?? null);
      if (keySet !== this.keySet) {
        if (this.keySet !== null) {
          this.verified.clear();
          this.keySetChanges++;
        }
        this.keySet = keySet;
      }
    }
  };
}
