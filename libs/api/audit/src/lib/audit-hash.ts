import type { JsonObject } from '@pnyx/api/core/database';
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedContent {
  occurredAt: Date;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  spaceId: string | null;
  data: JsonObject;
}

/** JSON with object keys sorted at every level: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function hashedBody(prevHash: string, content: HashedContent): string {
  return canonicalJson({
    prevHash,
    occurredAt: content.occurredAt.toISOString(),
    actorId: content.actorId,
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    spaceId: content.spaceId,
    data: content.data,
  });
}

export function auditHash(prevHash: string, content: HashedContent): string {
  return createHash('sha256').update(hashedBody(prevHash, content)).digest('hex');
}

const HOLE = 'f'.repeat(63) + 'x';

/**
 * The hashed body around the previous hash: `prefix + prevHash + suffix` is
 * exactly what `auditHash` hashes, so the database can compute a row's hash
 * from the head it reads under the lock, in the same statement as the insert.
 * Keys are sorted, so the top-level `prevHash` comes after `data` (whose own
 * keys cannot end the text: only spaceId, subjectId, subjectType follow).
 */
export function auditHashParts(content: HashedContent): { prefix: string; suffix: string } {
  const body = hashedBody(HOLE, content);
  const marker = `"prevHash":"${HOLE}"`;
  const at = body.lastIndexOf(marker) + `"prevHash":"`.length;
  return { prefix: body.slice(0, at), suffix: body.slice(at + HOLE.length) };
}
