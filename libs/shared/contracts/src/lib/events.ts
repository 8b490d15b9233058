/** Domain event types written to the outbox. */
export const DomainEventType = {
  SpaceCreated: 'space.created',
  SpaceMemberAdded: 'space.member_added',
  PageCreated: 'page.created',
  PageUpdated: 'page.updated',
  PageRestored: 'page.restored',
  PageMoved: 'page.moved',
  PageDeleted: 'page.deleted',
  PageLabelsChanged: 'page.labels_changed',
  CommentAdded: 'comment.added',
  FollowAdded: 'follow.added',
} as const;
export type DomainEventType = (typeof DomainEventType)[keyof typeof DomainEventType];

/** Audit actions (the append-only, hash-chained log). */
export const AuditAction = {
  SpaceCreated: 'space.created',
  SpaceMemberAdded: 'space.member_added',
  SpaceMemberRoleChanged: 'space.member_role_changed',
  PageRestored: 'page.restored',
  PageDeleted: 'page.deleted',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
