import { describe, expect, it } from 'vitest';
import { DraftStore, type PageDraft, draftKey, draftScope } from './drafts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const draft = (overrides: Partial<PageDraft> = {}): PageDraft => ({
  title: 'Title',
  body: 'Body',
  summary: '',
  labels: [],
  baseVersion: 1,
  savedAt: '2026-01-01T10:00:00.000Z',
  ...overrides,
});

describe('draftScope and draftKey', () => {
  it.each([
    [{ pageId: 'UGFnZTox' }, 'page:UGFnZTox'],
    [{ spaceKey: 'ENG', parentId: null }, 'new:eng:root'],
    [{ spaceKey: 'eng', parentId: 'UGFnZToy' }, 'new:eng:UGFnZToy'],
  ])('%j → %s', (target, scope) => {
    expect(draftScope(target)).toBe(scope);
  });

  it('keys by scope and base version', () => {
    expect(draftKey('page:x', 3)).toBe('pnyx.wiki.draft:page:x@3');
    expect(draftKey('new:eng:root', null)).toBe('pnyx.wiki.draft:new:eng:root@new');
  });
});

describe('DraftStore', () => {
  it('keeps one draft per base version and returns the newest', () => {
    const store = new DraftStore(new MemoryStorage());
    store.save('page:a', draft({ baseVersion: 1, body: 'on one', savedAt: '2026-01-01T10:00:00.000Z' }));
    store.save('page:a', draft({ baseVersion: 2, body: 'on two', savedAt: '2026-01-01T11:00:00.000Z' }));
    store.save('page:b', draft({ body: 'other page', savedAt: '2026-01-01T12:00:00.000Z' }));
    expect(store.latest('page:a')?.body).toBe('on two');
    store.save('page:a', draft({ baseVersion: 1, body: 'on one, later', savedAt: '2026-01-01T13:00:00.000Z' }));
    expect(store.latest('page:a')?.body).toBe('on one, later');
  });

  it('clears every draft of a scope, and only those', () => {
    const store = new DraftStore(new MemoryStorage());
    store.save('page:a', draft({ baseVersion: 1 }));
    store.save('page:a', draft({ baseVersion: 2 }));
    store.save('page:ab', draft());
    store.clear('page:a');
    expect(store.latest('page:a')).toBeNull();
    expect(store.latest('page:ab')).not.toBeNull();
  });

  it('ignores unreadable entries and works without storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('page:a', 1), '{not json');
    storage.setItem(draftKey('page:a', 2), JSON.stringify({ title: 1 }));
    expect(new DraftStore(storage).latest('page:a')).toBeNull();
    const none = new DraftStore(null);
    none.save('page:a', draft());
    expect(none.latest('page:a')).toBeNull();
  });

  it('survives a storage that throws', () => {
    const throwing = new MemoryStorage();
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => new DraftStore(throwing).save('page:a', draft())).not.toThrow();
  });
});
