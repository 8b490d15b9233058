/** An edit that was not saved yet, kept in the browser so it survives a reload or a crash. */
export interface PageDraft {
  readonly title: string;
  readonly body: string;
  readonly summary: string;
  readonly labels: readonly string[];
  /** The version the edit started from; null for a page that does not exist yet. */
  readonly baseVersion: number | null;
  /** ISO time of the last keystroke kept. */
  readonly savedAt: string;
}

const PREFIX = 'pnyx.wiki.draft:';

/** `page:<id>` for an existing page, `new:<space key>:<parent id or "root">` for a new one. */
export function draftScope(target: { pageId: string } | { spaceKey: string; parentId: string | null }): string {
  return 'pageId' in target ? `page:${target.pageId}` : `new:${target.spaceKey.toLowerCase()}:${target.parentId ?? 'root'}`;
}

/** Storage key: scope plus base version, so drafts of different versions never overwrite each other. */
export function draftKey(scope: string, baseVersion: number | null): string {
  return `${PREFIX}${scope}@${baseVersion ?? 'new'}`;
}

function isDraft(value: unknown): value is PageDraft {
  const draft = value as Partial<PageDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.title === 'string' &&
    typeof draft.body === 'string' &&
    typeof draft.savedAt === 'string' &&
    (draft.baseVersion === null || typeof draft.baseVersion === 'number')
  );
}

/**
 * Drafts in a `Storage` (localStorage in the app). Every method tolerates a missing,
 * full or unreadable storage: a draft is a convenience, never a reason to fail.
 */
export class DraftStore {
  constructor(private readonly storage: Storage | null) {}

  save(scope: string, draft: PageDraft): void {
    try {
      this.storage?.setItem(draftKey(scope, draft.baseVersion), JSON.stringify(draft));
    } catch {
      // Full or forbidden storage: the edit simply is not kept.
    }
  }

  /** The most recent draft of the scope (any base version). */
  latest(scope: string): PageDraft | null {
    let latest: PageDraft | null = null;
    for (const key of this.keys(scope)) {
      const draft = this.read(key);
      if (draft && (!latest || draft.savedAt > latest.savedAt)) latest = draft;
    }
    return latest;
  }

  /** Forgets every draft of the scope. */
  clear(scope: string): void {
    for (const key of this.keys(scope)) {
      try {
        this.storage?.removeItem(key);
      } catch {
        // ignore
      }
    }
  }

  private keys(scope: string): string[] {
    const prefix = `${PREFIX}${scope}@`;
    const keys: string[] = [];
    try {
      const storage = this.storage;
      if (!storage) return [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) keys.push(key);
      }
    } catch {
      return [];
    }
    return keys;
  }

  private read(key: string): PageDraft | null {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(key) ?? 'null');
      return isDraft(value) ? { ...value, summary: value.summary ?? '', labels: Array.isArray(value.labels) ? value.labels : [] } : null;
    } catch {
      return null;
    }
  }
}
