import { importJWK, SignJWT, type JWK } from 'jose';
import type { TestApi } from './test-api';

/**
 * Access tokens for any number of employees, signed with the embedded
 * provider's real key (read from its table), shaped exactly like its own: for
 * tests that need more people than the four demo users (50 concurrent voters).
 * The API cannot tell them from the provider's tokens.
 */
export async function tokenMinter(api: TestApi): Promise<(username: string, roles?: string[]) => Promise<string>> {
  const [row] = await api.dataSource.query(`SELECT kid, private_jwk AS jwk FROM idp_key WHERE purpose = 'signing' ORDER BY created_at DESC LIMIT 1`);
  const key = await importJWK(row.jwk as JWK, 'RS256');
  return (username, roles = ['employee']) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: api.issuer,
      aud: 'pnyx-api',
      sub: `minted-${username}`,
      iat: now,
      exp: now + 600,
      preferred_username: username,
      name: `Voter ${username}`,
      realm_access: { roles },
      azp: 'pnyx-web',
    })
      .setProtectedHeader({ alg: 'RS256', kid: row.kid })
      .sign(key);
  };
}
