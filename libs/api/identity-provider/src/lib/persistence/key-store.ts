import { randomBytes, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { IdpKeyEntity, type IdpKeyPurpose } from './idp-key.entity';

export interface IdpKeys {
  /** Private RSA JWKs (kid, alg RS256, use sig), newest first: the first one signs. */
  readonly signing: JWK[];
  /** Cookie signing secrets, newest first: the first one signs. */
  readonly cookieSecrets: string[];
}

const PURPOSES: readonly IdpKeyPurpose[] = ['signing', 'cookie'];

/**
 * Reads the provider's keys, generating the missing ones once. Processes that
 * start at the same time on the same database serialise on an advisory lock,
 * so all of them end up with the same keys.
 */
export async function loadOrCreateKeys(dataSource: DataSource): Promise<IdpKeys> {
  const existing = await readKeys(dataSource.manager);
  if (existing.signing.length > 0 && existing.cookieSecrets.length > 0) return existing;

  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pnyx.idp_key'))`);
    const keys = manager.getRepository(IdpKeyEntity);
    for (const purpose of PURPOSES) {
      if (!(await keys.existsBy({ purpose }))) {
        await keys.insert(await generateKey(purpose));
      }
    }
    return readKeys(manager);
  });
}

/** The public part of a signing key, as published in the JWKS. */
export function toPublicJwk(jwk: JWK): JWK {
  const { kty, n, e, crv, x, y, kid, alg, use } = jwk;
  return Object.fromEntries(
    Object.entries({ kty, n, e, crv, x, y, kid, alg, use }).filter(([, value]) => value !== undefined),
  );
}

async function readKeys(manager: EntityManager): Promise<IdpKeys> {
  const rows = await manager.getRepository(IdpKeyEntity).find({ order: { createdAt: 'DESC', kid: 'ASC' } });
  return {
    signing: rows.filter((row) => row.purpose === 'signing').map((row) => row.privateJwk),
    cookieSecrets: rows
      .filter((row) => row.purpose === 'cookie')
      .map((row) => row.privateJwk.k)
      .filter((k): k is string => typeof k === 'string' && k.length > 0),
  };
}

async function generateKey(purpose: IdpKeyPurpose): Promise<Pick<IdpKeyEntity, 'kid' | 'purpose' | 'privateJwk'>> {
  if (purpose === 'cookie') {
    const kid = randomUUID();
    return { kid, purpose, privateJwk: { kty: 'oct', kid, k: randomBytes(32).toString('base64url') } };
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  return { kid, purpose, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}
