import { Injectable } from '@nestjs/common';
import type { LinkKey } from './page-link.repository';

/** A map that forgets its least recently used entries to keep the sizes of its values within `maxBytes`. */
export class ByteBoundedLru<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  /** `sizeOf` estimates a value's bytes; a value over `maxEntryBytes` is not kept at all. */
  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
    readonly maxEntryBytes = maxBytes,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.sizeOf(value) + 2 * key.length;
    if (bytes > Math.min(this.maxBytes, this.maxEntryBytes)) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One version's html, valid while its links resolve as they did when it was rendered. */
export interface CachedRevisionHtml {
  /** The distinct links the renderer looked up, in its order. */
  readonly pairs: readonly LinkKey[];
  /** What the html depends on besides the (immutable) body: the space and each pair's target. */
  readonly fingerprint: string;
  readonly html: string;
}

export const REVISION_HTML_CACHE_BYTES = 64 * 1024 * 1024;

/** JavaScript strings take up to two bytes a character; a pair, its key and object overhead. */
function sizeOf(entry: CachedRevisionHtml): number {
  let bytes = 2 * (entry.html.length + entry.fingerprint.length) + 64;
  for (const pair of entry.pairs) bytes += 2 * (pair.spaceKeyLower.length + pair.key.length) + 64;
  return bytes;
}

/**
 * Rendered html of stored versions, by page and version, in this process. A version's body never
 * changes (page_revision is append-only), so only where its links point can: an entry is reused
 * while its fingerprint still matches, and replaced when it does not. Bounded in bytes; one entry
 * takes at most an eighth of the budget.
 */
@Injectable()
export class RevisionHtmlCache {
  private readonly lru: ByteBoundedLru<CachedRevisionHtml>;
  /** Versions rendered and found still valid, since start (for tests and diagnostics). */
  readonly stats = { renders: 0, hits: 0 };

  constructor() {
    this.lru = new ByteBoundedLru(REVISION_HTML_CACHE_BYTES, sizeOf, REVISION_HTML_CACHE_BYTES / 8);
  }

  get(pageId: string, version: number): CachedRevisionHtml | undefined {
    return this.lru.get(`${pageId}@${version}`);
  }

  set(pageId: string, version: number, entry: CachedRevisionHtml): void {
    this.lru.set(`${pageId}@${version}`, entry);
  }

  get bytes(): number {
    return this.lru.bytes;
  }
}
