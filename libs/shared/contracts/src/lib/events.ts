import type { SpaceRole, SpaceVisibility } from './roles';

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
  ReactionAdded: 'reaction.added',
  ReactionRemoved: 'reaction.removed',
  PostCreated: 'post.created',
  PostUpdated: 'post.updated',
  PostDeleted: 'post.deleted',
  PostPinned: 'post.pinned',
  BlogPostCreated: 'blog_post.created',
  BlogPostUpdated: 'blog_post.updated',
  BlogPostPublished: 'blog_post.published',
  ProposalOpened: 'proposal.opened',
  ProposalAmended: 'proposal.amended',
  ProposalExtended: 'proposal.extended',
  ProposalReviewSet: 'proposal.review_set',
  VoteCast: 'vote.cast',
  VoteChanged: 'vote.changed',
  ArgumentAdded: 'argument.added',
  ProposalClosed: 'proposal.closed',
  ProposalWithdrawn: 'proposal.withdrawn',
  ProposalDecisionDue: 'proposal.decision_due',
  ProposalReviewDue: 'proposal.review_due',
  ProposalNudged: 'proposal.nudged',
  DissentAdded: 'dissent.added',
} as const;
export type DomainEventType = (typeof DomainEventType)[keyof typeof DomainEventType];

/**
 * The payload each event type carries. Consumers (feed, search,
 * notifications, audit, subscriptions) read these types, never guess.
 * Payloads are JSON: ids are uuids, no Date objects.
 */
export interface DomainEventPayloads {
  'space.created': { key: string; name: string; visibility: SpaceVisibility; owner: string };
  'space.member_added': { userId: string; username: string; role: SpaceRole; previousRole: SpaceRole | null };
  'page.created': { title: string; slug: string; version: number; parentId: string | null; isTemplate: boolean; templateId: string | null };
  'page.updated': { title: string; version: number; previousVersion: number; summary: string | null; titleChanged: boolean };
  'page.restored': { restoredVersion: number; previousVersion: number; version: number; title: string };
  'page.moved': { fromParentId: string | null; toParentId: string | null; position: number };
  'page.deleted': { title: string; slug: string; version: number; isTemplate: boolean; childrenMoved: number };
  'page.labels_changed': { labels?: string[]; added?: string; removed?: string };
  'comment.added': { subjectType: string; subjectId: string };
  'follow.added': { userId: string };
  /** The aggregate is the subject (type and id); one person's reaction with one emoji. */
  'reaction.added': { userId: string; emoji: string };
  'reaction.removed': { userId: string; emoji: string };
  /** What a feed item needs: the author, where (null: everyone), a reply or not, who is mentioned, the hashtags. */
  'post.created': { authorId: string; replyToId: string | null; mentionedUserIds: string[]; hashtags: string[] };
  /** `mentionedUserIds` / `hashtags`: after the edit; `newlyMentionedUserIds`: mentioned now but not before. */
  'post.updated': { authorId: string; replyToId: string | null; mentionedUserIds: string[]; newlyMentionedUserIds: string[]; hashtags: string[] };
  'post.deleted': { authorId: string; replyToId: string | null };
  /** `pinned`: false when unpinned; `replacedPostId`: the announcement it replaced. */
  'post.pinned': { authorId: string; pinned: boolean; replacedPostId: string | null };
  /**
   * Blog posts (the event's `spaceId` is the post's space, null for a personal post). `status` tells a
   * draft from a published post: the feed shows only published ones (`blog_post.published`, or an update while published).
   */
  'blog_post.created': { authorId: string; title: string; tags: string[]; version: number; status: 'DRAFT' | 'PUBLISHED' };
  'blog_post.updated': { authorId: string; title: string; tags: string[]; version: number; previousVersion: number; status: 'DRAFT' | 'PUBLISHED' };
  'blog_post.published': { authorId: string; title: string; tags: string[]; version: number; publishedAt: string };
  'proposal.opened': { title: string; process: string; closesAt: string; quorumPercent: number; eligibleVoterCount: number; advisorIds: string[]; hideTally: boolean };
  'proposal.amended': { title: string; version: number; previousVersion: number };
  'proposal.extended': { closesAt: string; previousClosesAt: string };
  'proposal.review_set': { reviewAt: string | null };
  /** A first vote. `optionId` or `ranking` (option ids); the reason's text stays in the vote row. */
  'vote.cast': { voteId: string; voterId: string; optionId: string | null; ranking: string[] | null; reasonGiven: boolean; proposalVersion: number };
  'vote.changed': {
    voteId: string;
    voterId: string;
    optionId: string | null;
    ranking: string[] | null;
    reasonGiven: boolean;
    proposalVersion: number;
    previousOptionId: string | null;
    previousRanking: string[] | null;
  };
  'argument.added': { argumentId: string; side: 'PRO' | 'CON' };
  /** `recordHash`: sha256 of the decision record's canonical JSON. `by`: who closed it. */
  'proposal.closed': {
    outcome: string;
    winningOptionId: string | null;
    statement: string | null;
    voteCount: number;
    eligibleVoterCount: number;
    recordHash: string;
    by: 'author' | 'owner' | 'manager' | 'schedule';
  };
  'proposal.withdrawn': { title: string; voteCount: number };
  /** ADVICE at its closing time without a decision: the author is reminded; it closes as REJECTED at `deadline`. */
  'proposal.decision_due': { authorId: string; deadline: string };
  'proposal.review_due': { reviewAt: string; title: string };
  'proposal.nudged': { nonVoterIds: string[] };
  'dissent.added': { userId: string };
}

/** What a use case records: the payload is typed by the event type. */
export interface DomainEventOf<K extends DomainEventType = DomainEventType> {
  type: K;
  aggregateType: string;
  aggregateId: string;
  /** The space whose visibility the event follows; null for events outside spaces. */
  spaceId: string | null;
  payload: DomainEventPayloads[K];
}

/** Audit actions (the append-only, hash-chained log). */
export const AuditAction = {
  SpaceCreated: 'space.created',
  SpaceMemberAdded: 'space.member_added',
  SpaceMemberRoleChanged: 'space.member_role_changed',
  PageRestored: 'page.restored',
  PageDeleted: 'page.deleted',
  ProposalOpened: 'proposal.opened',
  ProposalExtended: 'proposal.extended',
  VoteCast: 'vote.cast',
  VoteChanged: 'vote.changed',
  ProposalClosed: 'proposal.closed',
  ProposalWithdrawn: 'proposal.withdrawn',
  DissentAdded: 'dissent.added',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
