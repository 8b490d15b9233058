import { createHash } from 'node:crypto';

/**
 * Bounded least-recently-used memory of verified tokens, keyed by the SHA-256
 * of the token (the token itself is never kept). An entry answers only until
 * its `expiresAt` (epoch ms); after that it is dropped and the token must be
 * verified again.
 */
export class VerifiedTokenCache<T extends { expiresAt: number }> {
  /** Map order is insertion order: the first key is the least recently used. */
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('VerifiedTokenCache: maxEntries must be a positive integer');
  }

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `key` if it has not expired at `now`; refreshes its recency. */
  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (now >= entry.expiresAt) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  /** Remembers `value` unless it has already expired at `now`; evicts the least recently used beyond the bound. */
  set(key: string, value: T, now: number): void {
    if (now >= value.expiresAt) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
