import { describe, expect, it } from 'vitest';
import { decodeKeyset, encodeKeyset, keysetQuery, toConnection, type KeysetSpec } from './connection';

const spec: KeysetSpec = {
  columns: [
    { sql: 'lower(p.title)', type: 'text' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('keyset connections', () => {
  it('starts with no condition and fetches one extra row', () => {
    expect(keysetQuery(spec, 2, null)).toEqual({ where: 'TRUE', orderBy: 'lower(p.title) ASC, p.id ASC', limit: 3, params: {}, pageSize: 2 });
  });

  it('continues after the cursor with a typed row comparison', () => {
    const q = keysetQuery({ ...spec, direction: 'DESC' }, 10, encodeKeyset(['b', id]));
    expect(q.where).toBe('(lower(p.title), p.id) < (CAST(:keyset0 AS text), CAST(:keyset1 AS uuid))');
    expect(q.params).toEqual({ keyset0: 'b', keyset1: id });
  });

  it('builds nodes and pageInfo from the extra row', () => {
    const q = keysetQuery(spec, 2, null);
    const rows = [{ t: 'a', id }, { t: 'b', id }, { t: 'c', id }];
    const c = toConnection(rows, q, (r) => [r.t, r.id], (r) => r.t);
    expect(c.nodes).toEqual(['a', 'b']);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(decodeKeyset(c.pageInfo.endCursor as string, spec)).toEqual(['b', id]);
    expect(toConnection(rows.slice(0, 1), q, (r) => [r.t, r.id], (r) => r.t).pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['not base64', '!!!'],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['a wrong arity', encodeKeyset([id])],
    ['a non-uuid id', encodeKeyset(['b', "1' OR 1=1"])],
    ['a null byte', encodeKeyset(['a\u0000b', id])],
    ['an overlong cursor', 'A'.repeat(2_000)],
  ])('refuses a cursor with %s, naming `after`', (_name, cursor) => {
    expect(() => keysetQuery(spec, 5, cursor)).toThrow(expect.objectContaining({ details: { field: 'after' } }));
  });

  it('bounds first to 100', () => {
    expect(() => keysetQuery(spec, 101, null)).toThrow(expect.objectContaining({ details: { field: 'first' } }));
  });
});
