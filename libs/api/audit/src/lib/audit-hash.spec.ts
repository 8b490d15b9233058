import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { GENESIS_HASH, auditHash, auditHashParts, canonicalJson } from './audit-hash';

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

describe('auditHashParts', () => {
  it('splits the hashed body around the previous hash, even when the data has a prevHash of its own', () => {
    const content = {
      occurredAt: new Date('2026-11-30T12:00:00.000Z'),
      actorId: null,
      action: 'vote.cast',
      subjectType: 'Proposal',
      subjectId: '11111111-1111-4111-8111-111111111111',
      spaceId: null,
      data: { prevHash: 'f'.repeat(63) + 'x', note: 'Grüße "quoted"' },
    };
    const prev = 'a'.repeat(64);
    const { prefix, suffix } = auditHashParts(content);
    expect(createHash('sha256').update(prefix + prev + suffix).digest('hex')).toBe(auditHash(prev, content));
  });
});
