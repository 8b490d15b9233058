import { DomainException } from './domain.exception';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw DomainException.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Opaque keyset cursor: the sort key and the id of the last row seen. */
export interface Keyset {
  sort: string;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.sort, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Keyset | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw DomainException.badInput('after', 'after is not a valid cursor');
}
