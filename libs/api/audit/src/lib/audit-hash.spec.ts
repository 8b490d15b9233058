import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditHash, canonicalJson } from './audit-hash';

const entry = {
  occurredAt: new Date('2026-11-27T10:00:00.000Z'),
  actorId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  action: 'space.member_added',
  subjectType: 'Space',
  subjectId: '6f2504e0-4f89-41d3-9a0c-0305e82c3301',
  spaceId: null,
  data: { username: 'bob', role: 'MEMBER' },
};

describe('audit hash chain', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditHash(GENESIS_HASH, entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(GENESIS_HASH, { ...entry })).toBe(base);
    expect(auditHash('1'.repeat(64), entry)).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...entry, data: { username: 'bob', role: 'OWNER' } })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...entry, actorId: null })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...entry, occurredAt: new Date('2026-11-27T10:00:00.001Z') })).not.toBe(base);
  });
});
