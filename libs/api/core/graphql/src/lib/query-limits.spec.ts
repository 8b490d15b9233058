import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID!, child: Node, name: String }
  type Query { node: Node, me: Node }
`);
const rule = queryLimitsRule({ maxDepth: 12, maxAliases: 100, maxRootFields: 30 });
const errors = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

const nested = (levels: number) => `{ node { ${'child { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('queryLimitsRule', () => {
  it('lets a normal query through', () => {
    expect(errors('{ node { id name child { id } } me { id } }')).toEqual([]);
  });

  it('allows exactly the maximum depth', () => {
    expect(errors(nested(12))).toEqual([]);
  });

  it('refuses a query nested 50 levels deep', () => {
    expect(errors(nested(50))).toEqual(['The query is nested deeper than 12 levels']);
  });

  it('counts depth through fragments, and does not loop on cyclic ones', () => {
    const deep = `{ node { ...A } } fragment A on Node { child { child { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } } } }`;
    expect(errors(deep)).toContain('The query is nested deeper than 12 levels');
    expect(() => errors('{ node { ...A } } fragment A on Node { child { ...A } }')).not.toThrow();
  });

  it('refuses 10,000 aliases', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i}: name`).join(' ');
    expect(errors(`{ node { ${aliases} } }`)).toEqual(['The query uses more than 100 aliases']);
  });

  it('refuses too many top-level fields', () => {
    const fields = Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(' ');
    expect(errors(`{ ${fields} }`)).toEqual(['The query asks for more than 30 top-level fields']);
  });
});
