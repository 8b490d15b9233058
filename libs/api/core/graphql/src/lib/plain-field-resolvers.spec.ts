import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PlainFieldResolvers } from './plain-field-resolvers';

const SDL = 'type Query { item: Item } type Item { id: ID! count: Int! }';

describe('PlainFieldResolvers', () => {
  it('sets a registered resolver on the built schema, with the context', async () => {
    const plain = new PlainFieldResolvers();
    plain.register<{ id: string }>('Item', 'count', (item, _args, ctx) => (ctx as unknown as { base: number }).base + item.id.length);
    const schema = plain.apply(buildSchema(SDL));
    const result = await graphql({ schema, source: '{ item { id count } }', rootValue: { item: { id: 'abc' } }, contextValue: { base: 10 } });
    expect(result).toEqual({ data: { item: { id: 'abc', count: 13 } } });
  });

  it('refuses a field the schema does not have, and a second registration', () => {
    const plain = new PlainFieldResolvers();
    plain.register('Item', 'missing', () => 1);
    expect(() => plain.apply(buildSchema(SDL))).toThrow(/Item.missing is not in the schema/);
    expect(() => plain.register('Item', 'missing', () => 2)).toThrow(/registered twice/);
  });
});
