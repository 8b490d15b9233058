import { describe, expect, it } from 'vitest';
import type { DomainEventOf, DomainEventType } from '@pnyx/shared/contracts';
import { auditEntryFor } from './audit-trail';

const base = { aggregateType: 'Space', aggregateId: 'a', spaceId: 'a' };
const event = (type: DomainEventType, payload: object) => ({ ...base, type, payload }) as DomainEventOf<DomainEventType>;

describe('audit trail', () => {
  it.each([
    ['space.created', { key: 'ENG', name: 'Eng', visibility: 'PUBLIC', owner: 'alice' }, 'space.created', { key: 'ENG', visibility: 'PUBLIC', owner: 'alice' }],
    ['space.member_added', { userId: 'u', username: 'bob', role: 'MEMBER', previousRole: null }, 'space.member_added', { username: 'bob', userId: 'u', role: 'MEMBER', previousRole: null }],
    ['space.member_added', { userId: 'u', username: 'bob', role: 'OWNER', previousRole: 'MEMBER' }, 'space.member_role_changed', { username: 'bob', userId: 'u', role: 'OWNER', previousRole: 'MEMBER' }],
    ['page.restored', { restoredVersion: 1, previousVersion: 3, version: 4, title: 'T' }, 'page.restored', { restoredVersion: 1, previousVersion: 3, newVersion: 4, title: 'T' }],
    ['page.deleted', { title: 'T', slug: 't', version: 2, isTemplate: false, childrenMoved: 1 }, 'page.deleted', { title: 'T', slug: 't', version: 2, isTemplate: false, childrenMoved: 1 }],
  ] as const)('audits %s as %s', (type, payload, action, data) => {
    expect(auditEntryFor(event(type, payload))).toEqual({ action, data });
  });

  it.each(['page.created', 'page.updated', 'page.moved', 'comment.added', 'follow.added'] as const)('leaves %s to the event consumers', (type) => {
    expect(auditEntryFor(event(type, {}))).toBeNull();
  });
});
