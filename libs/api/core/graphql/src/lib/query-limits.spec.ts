import { buildSchema, getIntrospectionQuery, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentMeasure, queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID!, child: Node, name: String }
  type Query { node: Node, me: Node }
`);
const rule = queryLimitsRule({ maxDepth: 12, maxAliases: 100, maxRootFields: 30 });
const errors = (query: string) => validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);

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

  it('counts top-level fields inside inline fragments and fragments spread at the top', () => {
    const fields = Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(' ');
    expect(errors(`{ ... on Query { ${fields} } }`)).toEqual(['The query asks for more than 30 top-level fields']);
    expect(errors(`{ ...R } fragment R on Query { ${fields} }`)).toEqual(['The query asks for more than 30 top-level fields']);
    expect(errors(`{ me { id } ... on Query { node { id } } }`)).toEqual([]);
  });

  it('counts the aliases a fragment brings every time it is spread', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}: name`).join(' ');
    const spreads = '...Ten '.repeat(1_000);
    expect(errors(`{ node { ${spreads} } } fragment Ten on Node { ${ten} }`)).toEqual(['The query uses more than 100 aliases']);
    expect(errors(`{ node { ...Ten ...Ten } } fragment Ten on Node { ${ten} }`)).toEqual([]);
  });
});

/** `levels` fragments, each spreading the next one twice: 2^levels leaves, a few hundred bytes. */
const doubling = (levels: number, leaf = '__typename') =>
  `query Q { ...F0 } ${Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels - 1} on Query { ${leaf} }`;

describe('DocumentMeasure', () => {
  const measureOf = (query: string) => {
    const document = parse(query);
    const measure = new DocumentMeasure(document);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return { result: measure.of(operation!.selectionSet), visited: measure.visited };
  };

  it('walks each fragment once: a 22-level doubling document visits each of its selections at most twice', () => {
    const started = performance.now();
    const { result, visited } = measureOf(doubling(22));
    console.log(`22-level doubling fragments measured in ${(performance.now() - started).toFixed(2)} ms`);
    // 1 spread in the operation, 2 in each of 21 fragments, 1 leaf: 44 selections; the 43 in fragments are walked twice.
    expect(visited).toBe(44 + 43);
    expect(result.fields).toBe(2 ** 21);
  });

  it('computes aliases multiplied by spreads arithmetically, capped past 2^53', () => {
    const { result, visited } = measureOf(doubling(50, 'a: __typename'));
    expect(visited).toBe(1 + 2 * (2 * 49 + 1));
    expect(result.aliases).toBe(2 ** 49);
    expect(Number.isSafeInteger(measureOf(doubling(80, 'a: __typename')).result.aliases)).toBe(true);
  });

  it('follows a chain of 20,000 fragments without recursing through it, and stops at cycles', () => {
    const chain = `query Q { ...F0 } ${Array.from({ length: 20_000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F20000 on Query { a: __typename }`;
    expect(measureOf(chain).result).toEqual({ depth: 1, aliases: 1, fields: 1, introspectionDepth: 0 });
    const cycle = 'query Q { ...A } fragment A on Query { a: __typename ...B } fragment B on Query { b: __typename ...A }';
    expect(measureOf(cycle).result).toMatchObject({ aliases: 2, fields: 2 });
  });

  it('refuses the 22-level doubling document at once, unauthenticated or not', () => {
    const started = performance.now();
    const refused = errors(doubling(22));
    console.log(`22-level doubling document validated in ${(performance.now() - started).toFixed(2)} ms`);
    expect(refused).toEqual(['The query asks for more than 30 top-level fields']);
  });
});

describe('queryLimitsRule and introspection', () => {
  it('lets the standard introspection queries through at a depth limit of 12', () => {
    expect(errors(getIntrospectionQuery())).toEqual([]);
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(errors(full)).toEqual([]);
  });

  it('does not let a query hide under introspection: lists nested 3 deep (graphql’s rule), or 21 levels, are refused', () => {
    expect(errors('{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }')).toEqual([
      'Maximum introspection depth exceeded',
    ]);
    const deep = `{ __schema { queryType { ${'ofType { '.repeat(20)} name ${'} '.repeat(20)} } } }`;
    expect(errors(deep)).toEqual(['The introspection query is nested deeper than 20 levels']);
  });

  it('counts aliases under introspection', () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `n${i}: name`).join(' ');
    expect(errors(`{ __schema { types { ${aliases} } } }`)).toEqual(['The query uses more than 100 aliases']);
  });
});
