import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
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

/** An entry as kept: the html deflated (rendered Markdown shrinks about tenfold; 20 versions of 1 MB take some 10 MB, not 120). */
interface StoredRevisionHtml {
  readonly pairs: readonly LinkKey[];
  readonly fingerprint: string;
  readonly html: Buffer;
}

/** The deflated html, the other strings at two bytes a character, and some object overhead. */
function sizeOf(entry: StoredRevisionHtml): number {
  let bytes = entry.html.length + 2 * entry.fingerprint.length + 64;
  for (const pair of entry.pairs) bytes += 2 * (pair.spaceKeyLower.length + pair.key.length) + 64;
  return bytes;
}

/**
 * Rendered html of stored versions, by page and version, in this process. A version's body never
 * changes (page_revision is append-only), so only where its links point can: an entry is reused
 * while its fingerprint still matches, and replaced when it does not. Bounded in bytes (the html
 * kept deflated, at the fastest level); one entry takes at most an eighth of the budget.
 */
@Injectable()
export class RevisionHtmlCache {
  private readonly lru = new ByteBoundedLru<StoredRevisionHtml>(REVISION_HTML_CACHE_BYTES, sizeOf, REVISION_HTML_CACHE_BYTES / 8);
  /** Versions rendered, and found still valid, since start (for tests and diagnostics). */
  readonly stats = { renders: 0, hits: 0 };

  get(pageId: string, version: number): CachedRevisionHtml | undefined {
    const stored = this.lru.get(`${pageId}@${version}`);
    if (!stored) return undefined;
    return {
      pairs: stored.pairs,
      fingerprint: stored.fingerprint,
      // Inflated only when asked for: not when the fingerprint no longer matches.
      get html() {
        return inflateRawSync(stored.html).toString('utf8');
      },
    };
  }

  set(pageId: string, version: number, entry: CachedRevisionHtml): void {
    const html = deflateRawSync(Buffer.from(entry.html, 'utf8'), { level: constants.Z_BEST_SPEED });
    this.lru.set(`${pageId}@${version}`, { pairs: entry.pairs, fingerprint: entry.fingerprint, html });
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.lru.bytes;
  }

  get size(): number {
    return this.lru.size;
  }
}
