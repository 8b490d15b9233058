import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import { DomainEventType, encodeId } from '@pnyx/shared/contracts';
import { ClosingSoonReminder } from './closing-soon';
import { NotificationKind } from './notification.model';
import type { NewNotifications } from './notification.repository';
import { Recipients, commentSubject, pageSubject, postSubject, proposalSubject, type SubjectSql } from './notification-sql';
import { Notifier } from './notifier';

const TYPES = [
  DomainEventType.PostCreated,
  DomainEventType.PostUpdated,
  DomainEventType.CommentAdded,
  DomainEventType.ProposalOpened,
  DomainEventType.ProposalExtended,
  DomainEventType.ProposalClosed,
  DomainEventType.ProposalWithdrawn,
  DomainEventType.PageUpdated,
  DomainEventType.PageRestored,
] as const;

/**
 * Committed events → notifications for the people concerned (one statement
 * per event and kind, whatever the number of recipients) → the
 * `notification.added` topic. Idempotent: the dedupe key `<eventId>:<kind>`
 * makes a repeated delivery write nothing.
 */
@Injectable()
export class NotificationsConsumer implements EventConsumer, OnModuleInit {
  readonly name = 'notifications';
  readonly types = [...TYPES];

  constructor(
    private readonly consumers: EventConsumers,
    private readonly notifier: Notifier,
    private readonly closingSoon: ClosingSoonReminder,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this);
  }

  async handle(event: PublishedEvent): Promise<void> {
    const about = (kind: NotificationKind, subject: SubjectSql, recipients: string, more: Partial<NewNotifications> = {}): Promise<number> =>
      this.notifier.notify({
        kind,
        subject,
        recipients,
        dedupeKey: `${event.id}:${kind}`,
        actorId: event.actorId,
        createdAt: event.occurredAt,
        subjectId: event.aggregateId,
        subjectGid: encodeId(subject.type, event.aggregateId),
        ...more,
      });
    switch (event.type) {
      case DomainEventType.PostCreated: {
        const { replyToId, mentionedUserIds } = event.payload;
        if (replyToId) await about(NotificationKind.REPLY, postSubject, Recipients.authorOfReplyTo, { replyToId });
        if (mentionedUserIds.length) await about(NotificationKind.MENTION, postSubject, Recipients.listed, { userIds: mentionedUserIds, replyToId });
        return;
      }
      case DomainEventType.PostUpdated:
        if (event.payload.newlyMentionedUserIds.length) {
          await about(NotificationKind.MENTION, postSubject, Recipients.listed, { userIds: event.payload.newlyMentionedUserIds });
        }
        return;
      case DomainEventType.CommentAdded: {
        const subject = commentSubject(event.payload.subjectType);
        if (subject) await about(NotificationKind.COMMENT, subject, Recipients.owner, { targetGid: encodeId(event.payload.subjectType, event.payload.subjectId) });
        return;
      }
      case DomainEventType.ProposalOpened: {
        const advisorIds = event.payload.advisorIds ?? [];
        await about(NotificationKind.VOTE_REQUESTED, proposalSubject('#vote'), Recipients.votersExceptAdvisors, { userIds: advisorIds });
        if (advisorIds.length) await about(NotificationKind.ADVICE_REQUESTED, proposalSubject('#vote'), Recipients.listed, { userIds: advisorIds });
        await this.closingSoon.schedule(event.aggregateId);
        return;
      }
      case DomainEventType.ProposalExtended:
        return this.closingSoon.schedule(event.aggregateId);
      case DomainEventType.ProposalClosed:
        await about(NotificationKind.PROPOSAL_CLOSED, proposalSubject(''), Recipients.votersAndFollowers);
        return this.closingSoon.cancel(event.aggregateId);
      case DomainEventType.ProposalWithdrawn:
        return this.closingSoon.cancel(event.aggregateId);
      case DomainEventType.PageUpdated:
      case DomainEventType.PageRestored:
        await about(NotificationKind.PAGE_UPDATED, pageSubject, Recipients.pageWatchers);
        return;
    }
  }
}
