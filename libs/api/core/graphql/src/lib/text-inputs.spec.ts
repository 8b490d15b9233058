import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainException } from './domain.exception';
import { checkTextInputs, isStorableText } from './text-inputs';

/** The field a refusal names, or null when the operation passes. */
function refusedField(query: string, variables: Record<string, unknown> = {}): string | null {
  try {
    checkTextInputs({ document: parse(query), variables });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe('BAD_USER_INPUT');
    return (error as DomainException).details.field ?? '?';
  }
}

describe('isStorableText', () => {
  it.each([
    ['plain', true],
    ['Grüße 🏦', true], // a surrogate pair
    ['', true],
    ['a\u0000b', false],
    ['\uD800', false], // high half alone
    ['x\uDC00', false], // low half alone
    ['\uDC00\uD800', false], // halves in the wrong order
  ])('%j → %s', (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});

describe('checkTextInputs', () => {
  it('names the input field of a variable object, however deep', () => {
    expect(refusedField('mutation($input: CreatePageInput!) { createPage(input: $input) { id } }', { input: { title: 'a\u0000' } })).toBe('title');
    expect(refusedField('mutation($i: X!) { f(input: $i) }', { i: { meta: { tags: [{ name: '\uD800' }] } } })).toBe('name');
    expect(refusedField('mutation($i: X!) { f(input: $i) }', { i: { labels: ['ok', '\uDC00'] } })).toBe('labels');
  });

  it('names the argument a scalar variable is passed to, or the variable itself if unused', () => {
    expect(refusedField('query($cursor: String) { pages(after: $cursor) { id } }', { cursor: '\u0000' })).toBe('after');
    expect(refusedField('query($c: String) { a { b(filter: { slug: $c }) } }', { c: '\u0000' })).toBe('slug');
    expect(refusedField('query($stray: String) { a }', { stray: '\u0000' })).toBe('stray');
  });

  it('finds literals in arguments, input objects, directives and variable defaults', () => {
    expect(refusedField('{ users(search: "a\\u0000") { id } }')).toBe('search');
    expect(refusedField('{ f(input: { page: { title: "\\u0000" } }) }')).toBe('title');
    expect(refusedField('{ f @skip(if: false) @tag(name: "\\u0000") }')).toBe('name');
    expect(refusedField('query($q: String = "\\u0000") { f(q: $q) }')).toBe('q');
  });

  it('refuses an unstorable object key, naming the field holding it', () => {
    expect(refusedField('mutation($i: JSON) { f(meta: $i) }', { i: { ['k\u0000']: 1 } })).toBe('meta');
  });

  it('lets well-formed text and other values through', () => {
    expect(refusedField('mutation($i: X!) { f(input: $i, note: "Grüße 🏦") }', { i: { title: 'Grüße 🏦', n: 1, ok: true, none: null, list: [1, 'x'] } })).toBeNull();
  });

  it('walks deeply nested variables without recursion', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusedField('query($d: X) { f(deep: $d) }', { d: deep })).toBe('deep');
  });
});
