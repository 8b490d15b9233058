import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { KeysetQuery } from '@pnyx/api/core/graphql';
import type { NotificationEntity } from './notification.entity';
import type { NotificationKind } from './notification.model';
import { DEFAULT_PREFERENCES } from './notification-preferences';
import { insertNotificationsSql, notificationColumns, stillVisibleSql, type SubjectSql } from './notification-sql';

export type NotificationRow = Pick<NotificationEntity, 'id' | 'kind' | 'actorId' | 'subjectType' | 'subjectId' | 'path' | 'title' | 'readAt' | 'createdAt'>;

/** One notification for many recipients: the subject, who gets it, and the parameters both read. */
export interface NewNotifications {
  kind: NotificationKind;
  subject: SubjectSql;
  /** SQL selecting `user_id` (see `Recipients`). */
  recipients: string;
  dedupeKey: string;
  actorId: string | null;
  createdAt: Date;
  subjectId: string;
  subjectGid: string;
  targetGid?: string;
  userIds?: readonly string[];
  replyToId?: string | null;
}

export interface AddedNotification {
  id: string;
  recipientId: string;
  /** Shown in the app (else it exists only to be e-mailed). */
  inApp: boolean;
  /** OFF, IMMEDIATE or DAILY. */
  email: string;
}

@Injectable()
export class NotificationRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Inserts what is new (one statement for all recipients); returns only the rows written now. */
  add(n: NewNotifications, tx: Tx = this.tx.reader): Promise<AddedNotification[]> {
    return namedQuery<AddedNotification>(tx, insertNotificationsSql(n.subject, n.recipients), {
      kind: n.kind,
      defaultEmail: DEFAULT_PREFERENCES[n.kind].email,
      defaultInApp: DEFAULT_PREFERENCES[n.kind].inApp,
      dedupeKey: n.dedupeKey,
      actorId: n.actorId,
      createdAt: n.createdAt,
      subjectId: n.subjectId,
      subjectGid: n.subjectGid,
      targetGid: n.targetGid ?? null,
      userIds: [...(n.userIds ?? [])],
      replyToId: n.replyToId ?? null,
    });
  }

  /** The recipient's notifications, newest first, within the keyset window. */
  page(recipientId: string, q: KeysetQuery, unreadOnly: boolean, tx: Tx = this.tx.reader): Promise<NotificationRow[]> {
    return namedQuery(
      tx,
      `SELECT ${notificationColumns('n')} FROM notification n
        WHERE n.recipient_id = :recipientId AND n.in_app AND ${unreadOnly ? 'n.read_at IS NULL' : 'TRUE'} AND ${stillVisibleSql('n')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { ...q.params, recipientId, limit: q.limit },
    );
  }

  async unreadCount(recipientId: string, tx: Tx = this.tx.reader): Promise<number> {
    const [row] = await namedQuery<{ n: number }>(tx, `SELECT count(*)::int AS n FROM notification n WHERE n.recipient_id = :recipientId AND n.in_app AND n.read_at IS NULL AND ${stillVisibleSql('n')}`, {
      recipientId,
    });
    return row?.n ?? 0;
  }

  /** The recipient's own notifications among `ids` (anyone else's are not found). */
  findOwn(recipientId: string, ids: readonly string[], tx: Tx = this.tx.reader): Promise<NotificationRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(tx, `SELECT ${notificationColumns('n')} FROM notification n WHERE n.id = ANY(CAST(:ids AS uuid[])) AND n.recipient_id = :recipientId AND n.in_app`, {
      ids: [...ids],
      recipientId,
    });
  }

  /** Marks the recipient's unread notifications read (`ids` null: all of them); returns how many changed. */
  async markRead(tx: Tx, recipientId: string, ids: readonly string[] | null): Promise<number> {
    const [row] = await namedQuery<{ n: number }>(
      tx,
      `WITH changed AS (
         UPDATE notification SET read_at = now()
          WHERE recipient_id = :recipientId AND in_app AND read_at IS NULL AND (CAST(:all AS boolean) OR id = ANY(CAST(:ids AS uuid[])))
         RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      { recipientId, all: ids === null, ids: [...(ids ?? [])] },
    );
    return row?.n ?? 0;
  }

  /** The proposal's state for the closing-soon job: null if it is gone. */
  async proposalSchedule(proposalId: string): Promise<{ status: string; closesAt: Date } | null> {
    const [row] = await namedQuery<{ status: string; closesAt: Date }>(this.tx.reader, 'SELECT status, closes_at AS "closesAt" FROM proposal WHERE id = :proposalId', {
      proposalId,
    });
    return row ?? null;
  }
}
