import { AuditCheckpointEntity, AuditEntryEntity } from '@pnyx/api/audit';
import {
  ArgumentEntity,
  DecisionRecordEntity,
  DissentEntity,
  ProposalEntity,
  ProposalOptionEntity,
  ProposalRevisionEntity,
  ProposalVoterEntity,
  VoteEntity,
} from '@pnyx/api/decisions';
import { BlogPostEntity, BlogPostRevisionEntity } from '@pnyx/api/blog';
import { OutboxEventEntity } from '@pnyx/api/core/events';
import { IdempotencyKeyEntity } from '@pnyx/api/core/idempotency';
import { JobRunnerHeartbeatEntity } from '@pnyx/api/core/jobs';
import { FeedItemEntity, FeedItemTagEntity, FeedPinEntity, HashtagFollowEntity } from '@pnyx/api/feed';
import { UserEntity } from '@pnyx/api/identity';
import { IDENTITY_PROVIDER_ENTITIES } from '@pnyx/api/identity-provider';
import { NotificationEntity, NotificationPreferenceEntity, NotificationSettingsEntity } from '@pnyx/api/notifications';
import { PostEntity, PostHashtagEntity } from '@pnyx/api/posts';
import { SearchDocumentEntity } from '@pnyx/api/search-index';
import { CommentEntity, ContentReferenceEntity, FollowEntity, ReactionEntity } from '@pnyx/api/social';
import { SpaceEntity, SpaceMemberEntity } from '@pnyx/api/spaces';
import { PageEntity, PageLabelEntity, PageLinkEntity, PageRevisionEntity, PageSlugEntity } from '@pnyx/api/wiki';

/** Every table the API maps; migrations are generated from these. */
export const ENTITIES = [
  UserEntity,
  SpaceEntity,
  SpaceMemberEntity,
  AuditEntryEntity,
  AuditCheckpointEntity,
  OutboxEventEntity,
  IdempotencyKeyEntity,
  JobRunnerHeartbeatEntity,
  ...IDENTITY_PROVIDER_ENTITIES,
  PageEntity,
  PageRevisionEntity,
  PageSlugEntity,
  PageLinkEntity,
  PageLabelEntity,
  CommentEntity,
  FollowEntity,
  ContentReferenceEntity,
  ProposalEntity,
  ProposalOptionEntity,
  ProposalVoterEntity,
  VoteEntity,
  ArgumentEntity,
  ProposalRevisionEntity,
  DecisionRecordEntity,
  DissentEntity,
  ReactionEntity,
  PostEntity,
  PostHashtagEntity,
  BlogPostEntity,
  BlogPostRevisionEntity,
  FeedItemEntity,
  FeedItemTagEntity,
  HashtagFollowEntity,
  FeedPinEntity,
  SearchDocumentEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
];
