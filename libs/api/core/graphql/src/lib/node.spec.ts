import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@pnyx/shared/contracts';
import { DomainException } from './domain.exception';
import type { GraphqlContext } from './graphql-context';
import { NodeRegistry } from './node';

class Thing {
  constructor(readonly id: string) {}
}
class Other {
  constructor(readonly id: string) {}
}

const ctx = {} as GraphqlContext;

/** Things load unless their id says they are hidden, forbidden or broken; Others always load. */
function registry(calls: string[] = []): NodeRegistry {
  const nodes = new NodeRegistry();
  nodes.register('Thing', Thing, async (_ctx, id) => {
    calls.push(`Thing:${id}`);
    if (id === 'hidden') throw DomainException.notFound('Thing', 'id');
    if (id === 'forbidden') throw DomainException.forbidden();
    if (id === 'broken') throw new Error('connection lost');
    return new Thing(id);
  });
  nodes.register('Other', Other, async (_ctx, id) => {
    calls.push(`Other:${id}`);
    return new Other(id);
  });
  return nodes;
}

describe('NodeRegistry.loadVisible', () => {
  it('answers the node its loader returns', async () => {
    await expect(registry().loadVisible(ctx, 'Thing', 'a')).resolves.toEqual(new Thing('a'));
  });

  it('answers null for a type no module registers, without loading anything', async () => {
    const calls: string[] = [];
    await expect(registry(calls).loadVisible(ctx, 'Nothing', 'a')).resolves.toBeNull();
    expect(calls).toEqual([]);
  });

  it('answers null for a node its loader reports NOT_FOUND (gone or hidden)', async () => {
    await expect(registry().loadVisible(ctx, 'Thing', 'hidden')).resolves.toBeNull();
  });

  it('answers null when the loader throws NOT_FOUND before returning a promise', async () => {
    const nodes = new NodeRegistry();
    nodes.register('Thing', Thing, () => {
      throw DomainException.notFound('Thing');
    });
    await expect(nodes.loadVisible(ctx, 'Thing', 'a')).resolves.toBeNull();
  });

  it('lets any other error through: a domain FORBIDDEN and a plain failure', async () => {
    await expect(registry().loadVisible(ctx, 'Thing', 'forbidden')).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await expect(registry().loadVisible(ctx, 'Thing', 'broken')).rejects.toThrow('connection lost');
  });
});

describe('NodeRegistry.loadVisibleMany', () => {
  it('keeps the refs order, with null where a node is unknown or hidden', async () => {
    const loaded = await registry().loadVisibleMany(ctx, [
      { type: 'Other', id: 'x' },
      { type: 'Thing', id: 'a' },
      { type: 'Nothing', id: 'n' },
      { type: 'Thing', id: 'hidden' },
      { type: 'Other', id: 'y' },
    ]);
    expect(loaded).toEqual([new Other('x'), new Thing('a'), null, null, new Other('y')]);
  });

  it('starts every load before any finishes, so per-type DataLoaders can batch them', async () => {
    const calls: string[] = [];
    const pending = registry(calls).loadVisibleMany(ctx, [
      { type: 'Thing', id: 'a' },
      { type: 'Other', id: 'x' },
      { type: 'Thing', id: 'b' },
    ]);
    expect(calls).toEqual(['Thing:a', 'Other:x', 'Thing:b']);
    await pending;
  });

  it('rejects when one load fails with anything but NOT_FOUND', async () => {
    await expect(
      registry().loadVisibleMany(ctx, [
        { type: 'Thing', id: 'a' },
        { type: 'Thing', id: 'broken' },
      ]),
    ).rejects.toThrow('connection lost');
  });

  it('answers an empty list for no refs', async () => {
    await expect(registry().loadVisibleMany(ctx, [])).resolves.toEqual([]);
  });
});
