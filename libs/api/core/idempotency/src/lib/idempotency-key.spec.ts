import { DomainException } from '@pnyx/api/core/graphql';
import { describe, expect, it } from 'vitest';
import { canonicalJson, MAX_VARIABLE_DEPTH, parseIdempotencyKey, requestFingerprint } from './idempotency-key';

describe('parseIdempotencyKey', () => {
  it.each(['a', 'K'.repeat(100), '0b7c5f1e-6d1a-4c4e-9a51-2f1f6c1d8e3a', 'client:retry_1.2-x'])('accepts %s', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['101 characters', 'K'.repeat(101)],
    ['a space', 'a b'],
    ['a slash', 'a/b'],
    ['non-ASCII', 'schlüssel'],
    ['sent twice (joined by node)', 'a, b'],
    ['sent twice (as a list)', ['a', 'b']],
  ])('refuses %s as BAD_USER_INPUT naming the header', (_name, value) => {
    let thrown: unknown;
    try {
      parseIdempotencyKey(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainException);
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'Idempotency-Key' } });
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('leaves out undefined members as JSON does, and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
});

describe('canonicalJson on hostile variables', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = i % 2 ? { a: value } : [value];
    return value;
  };

  it('takes variables nested as deep as the limit', () => {
    expect(canonicalJson(nested(MAX_VARIABLE_DEPTH))).toContain('1');
  });

  it('refuses deeper ones as BAD_USER_INPUT naming variables, also 100,000 levels deep (no stack overflow)', () => {
    for (const levels of [MAX_VARIABLE_DEPTH + 1, 100_000]) {
      expect(() => canonicalJson(nested(levels))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'variables' } }));
    }
  });
});

describe('requestFingerprint', () => {
  const base = { operationName: 'CreatePost', query: 'mutation CreatePost { x }', variables: { input: { body: 'hi', spaceId: null } } };

  it('is the same for the same request with variables in another key order', () => {
    expect(requestFingerprint(base)).toBe(requestFingerprint({ ...base, variables: { input: { spaceId: null, body: 'hi' } } }));
    expect(requestFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['operation name', { operationName: 'Other' }],
    ['query text', { query: 'mutation CreatePost { y }' }],
    ['variables', { variables: { input: { body: 'hi!', spaceId: null } } }],
  ])('differs when the %s differs', (_name, change) => {
    expect(requestFingerprint({ ...base, ...change })).not.toBe(requestFingerprint(base));
  });

  it('does not let parts run together', () => {
    expect(requestFingerprint({ operationName: 'ab', query: 'c', variables: {} })).not.toBe(requestFingerprint({ operationName: 'a', query: 'bc', variables: {} }));
  });
});
