export interface OutlineNode {
  readonly id: string;
  readonly title: string;
  readonly children?: readonly OutlineNode[] | null;
}

export interface ParentOption {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
  /** The page itself and its subpages cannot become its parent. */
  readonly disabled: boolean;
  readonly isCurrentParent: boolean;
}

/** The tree, depth first, as radio options; the moved page and everything under it disabled. */
export function parentOptions(roots: readonly OutlineNode[], movedId: string): { options: ParentOption[]; parentId: string | null } {
  const options: ParentOption[] = [];
  let parentId: string | null = null;
  const walk = (nodes: readonly OutlineNode[], depth: number, parent: string | null, insideMoved: boolean): void => {
    for (const node of nodes) {
      const isMoved = node.id === movedId;
      if (isMoved) parentId = parent;
      options.push({ id: node.id, title: node.title, depth, disabled: insideMoved || isMoved, isCurrentParent: false });
      walk(node.children ?? [], depth + 1, node.id, insideMoved || isMoved);
    }
  };
  walk(roots, 0, null, false);
  return { options: options.map((o) => (o.id === parentId ? { ...o, isCurrentParent: true } : o)), parentId };
}
