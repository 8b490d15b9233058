import { createHash } from 'node:crypto';
import { DomainException } from '@pnyx/api/core/graphql';

/** The request header a client sends on a mutation it may retry. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set (to `true`) on a response that is the stored answer to an earlier request, not a new execution. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'Idempotency-Replayed';

const VALID_KEY = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Deeper variables are refused before they are fingerprinted (the walk is recursive). */
export const MAX_VARIABLE_DEPTH = 64;

/**
 * The header's value as a key: 1–100 characters of letters, digits and
 * `_ . : -` (room for a UUID or a client's own scheme, nothing that needs
 * escaping anywhere). Anything else — including the header sent twice — is
 * BAD_USER_INPUT naming the header, so a client learns its retries are not
 * protected before it relies on them.
 */
export function parseIdempotencyKey(value: string | string[] | undefined): string {
  if (typeof value !== 'string' || !VALID_KEY.test(value)) {
    throw DomainException.badInput(IDEMPOTENCY_KEY_HEADER, `${IDEMPOTENCY_KEY_HEADER} must be 1 to 100 characters of A-Z, a-z, 0-9, "_", ".", ":" or "-"`);
  }
  return value;
}

/**
 * JSON with object keys sorted at every level, so that the same variables in
 * another key order give the same fingerprint. Arrays keep their order
 * (it is meaningful); undefined members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  // Raw request variables, before GraphQL checks them against their types: no input type nests this deep.
  if (depth > MAX_VARIABLE_DEPTH) throw DomainException.badInput('variables', `Variables nest deeper than ${MAX_VARIABLE_DEPTH} levels`);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item, depth + 1))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What a request asks for: a retry must match it, or its key is being reused for something else. */
export interface RequestShape {
  operationName?: string | null;
  query?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * sha256 (hex) of operation name, query text and canonical variables, each
 * length-prefixed so that no two different requests run together into the
 * same input.
 */
export function requestFingerprint({ operationName, query, variables }: RequestShape): string {
  const hash = createHash('sha256');
  for (const part of [operationName ?? '', query ?? '', canonicalJson(variables ?? {})]) hash.update(`${Buffer.byteLength(part)}:${part}\n`);
  return hash.digest('hex');
}
