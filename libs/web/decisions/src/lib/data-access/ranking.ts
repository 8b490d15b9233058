/**
 * A ranked ballot being edited: the options ranked (most preferred first) and the ones
 * left out. Pure functions returning new arrays, for the move up / move down buttons.
 */
export interface RankingDraft<T> {
  readonly ranked: readonly T[];
  readonly unranked: readonly T[];
}

/** The ballot as saved (`ranking`, option ids), or everything unranked for a first vote. */
export function rankingDraft<T extends { readonly id: string }>(options: readonly T[], ranking: readonly { readonly id: string }[] | null | undefined): RankingDraft<T> {
  const byId = new Map(options.map((option) => [option.id, option]));
  const ranked = (ranking ?? []).map((r) => byId.get(r.id)).filter((option): option is T => option !== undefined);
  const taken = new Set(ranked.map((option) => option.id));
  return { ranked, unranked: options.filter((option) => !taken.has(option.id)) };
}

/** Swaps the item at `index` with the one before it; unchanged at the top or out of range. */
export function moveUp<T>(items: readonly T[], index: number): T[] {
  if (index <= 0 || index >= items.length) return [...items];
  const next = [...items];
  [next[index - 1], next[index]] = [next[index], next[index - 1]];
  return next;
}

/** Swaps the item at `index` with the one after it; unchanged at the bottom or out of range. */
export function moveDown<T>(items: readonly T[], index: number): T[] {
  if (index < 0 || index >= items.length - 1) return [...items];
  return moveUp(items, index + 1);
}

/** Adds the unranked option at `index` to the end of the ranking. */
export function rank<T>(draft: RankingDraft<T>, index: number): RankingDraft<T> {
  const item = draft.unranked[index];
  if (item === undefined) return draft;
  return { ranked: [...draft.ranked, item], unranked: draft.unranked.filter((_, i) => i !== index) };
}

/** Takes the ranked option at `index` out of the ranking (back among the unranked, in `order`). */
export function unrank<T>(draft: RankingDraft<T>, index: number, order: readonly T[]): RankingDraft<T> {
  const item = draft.ranked[index];
  if (item === undefined) return draft;
  const unranked = new Set([...draft.unranked, item]);
  return { ranked: draft.ranked.filter((_, i) => i !== index), unranked: order.filter((option) => unranked.has(option)) };
}

/** Same ids in the same order. */
export function sameRanking(a: readonly { readonly id: string }[], b: readonly { readonly id: string }[] | null | undefined): boolean {
  return !!b && a.length === b.length && a.every((item, i) => item.id === b[i].id);
}
