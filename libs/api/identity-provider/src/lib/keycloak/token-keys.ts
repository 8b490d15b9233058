import { createLocalJWKSet, errors, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { toPublicJwk } from '../persistence/key-store';

/** Signs and verifies the JWTs this library handles itself (refresh token wrappers, userinfo). */
export interface TokenKeys {
  readonly issuer: string;
  readonly publicJwks: { keys: JWK[] };
  sign(payload: JWTPayload, expiresAt: number): Promise<string>;
  /** The verified payload, or undefined for any invalid, expired or foreign token or a `typ` other than expected. */
  verify(token: string, expected: { typ: string; audience?: string }): Promise<JWTPayload | undefined>;
}

export async function createTokenKeys(issuer: string, signingJwks: readonly JWK[]): Promise<TokenKeys> {
  const current = signingJwks[0];
  if (!current?.kid) throw new Error('identity provider: no signing key');
  const privateKey = await importJWK(current, 'RS256');
  const publicJwks = { keys: signingJwks.map(toPublicJwk) };
  const keySet = createLocalJWKSet(publicJwks);

  return {
    issuer,
    publicJwks,
    sign: (payload, expiresAt) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: current.kid })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(expiresAt)
        .sign(privateKey),
    async verify(token, { typ, audience }) {
      try {
        const { payload } = await jwtVerify(token, keySet, { issuer, audience, algorithms: ['RS256'] });
        return payload['typ'] === typ ? payload : undefined;
      } catch (error) {
        if (error instanceof errors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
