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

export function auditHash(prevHash: string, content: HashedContent): string {
  const body = canonicalJson({
    prevHash,
    occurredAt: content.occurredAt.toISOString(),
    actorId: content.actorId,
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    spaceId: content.spaceId,
    data: content.data,
  });
  return createHash('sha256').update(body).digest('hex');
}
