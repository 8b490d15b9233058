// Framework-free: its spec runs without Angular.

export interface ArrivedItem {
  readonly id: string;
  readonly actor: { readonly id: string };
  readonly subject: { readonly id: string };
}

/**
 * What the "3 new posts" banner counts: distinct items that arrived live and are not on
 * the screen yet. The caller's own posts from this screen are not news: they are put at
 * the top at once (`own`).
 */
export class NewItems {
  /** Counted item id → its subject's id. */
  private readonly ids = new Map<string, string>();
  private readonly ownSubjects = new Set<string>();

  get count(): number {
    return this.ids.size;
  }

  /**
   * A post the caller just wrote here: its item goes to the top, not into the banner.
   * Answers the id of its item when that arrived first (and was counted): no longer counted.
   */
  wrote(subjectId: string): string | null {
    for (const [id, subject] of this.ids) {
      if (subject === subjectId) {
        this.ids.delete(id);
        return id;
      }
    }
    this.ownSubjects.add(subjectId);
    return null;
  }

  /**
   * Sorts an arrived item: `own` (the caller's post from this screen), `shown` (already in
   * the list, or counted before) or `new` (counted).
   */
  arrive(item: ArrivedItem, meId: string | null, shown: ReadonlySet<string>): 'own' | 'shown' | 'new' {
    if (meId && item.actor.id === meId && this.ownSubjects.has(item.subject.id)) {
      this.ownSubjects.delete(item.subject.id);
      return 'own';
    }
    if (shown.has(item.id) || this.ids.has(item.id)) return 'shown';
    this.ids.set(item.id, item.subject.id);
    return 'new';
  }

  /** After the list was read again (banner clicked, tab changed). */
  clear(): void {
    this.ids.clear();
  }
}
