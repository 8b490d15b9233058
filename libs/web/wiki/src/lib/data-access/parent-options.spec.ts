import { describe, expect, it } from 'vitest';
import { parentOptions } from './parent-options';

const tree = [
  { id: 'a', title: 'A', children: [{ id: 'a1', title: 'A1', children: [{ id: 'a1x', title: 'A1x' }] }] },
  { id: 'b', title: 'B', children: [] },
];

describe('parentOptions', () => {
  it('lists the tree depth first and disables the moved page and its subpages', () => {
    const { options, parentId } = parentOptions(tree, 'a1');
    expect(options.map((o) => [o.title, o.depth, o.disabled, o.isCurrentParent])).toEqual([
      ['A', 0, false, true],
      ['A1', 1, true, false],
      ['A1x', 2, true, false],
      ['B', 0, false, false],
    ]);
    expect(parentId).toBe('a');
  });

  it('knows a top-level page has no parent', () => {
    expect(parentOptions(tree, 'b').parentId).toBeNull();
  });
});
