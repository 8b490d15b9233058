import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { NodeRegistry, keysetQuery, toConnection, type AuthUser, type GraphqlContext, type KeysetSpec } from '@pnyx/api/core/graphql';
import { decodeId } from '@pnyx/shared/contracts';
import { toNotificationModel } from './notification.mapper';
import { NotificationConnectionModel, type NotificationModel } from './notification.model';
import { NotificationLoader } from './notification.loader';
import { NotificationRepository } from './notification.repository';
import { MAX_MARK_IDS, NotificationsException } from './notifications.exception';

/** Newest first; the id breaks ties (all recipients of one event share the time). */
export const NOTIFICATION_ORDER: KeysetSpec = {
  columns: [
    { sql: 'n.created_at', type: 'timestamptz' },
    { sql: 'n.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly loader: NotificationLoader,
    private readonly nodes: NodeRegistry,
    private readonly uow: UnitOfWork,
  ) {}

  /** One page of the caller's notifications (one statement) and their unread count (one more). */
  async page(user: AuthUser, first: number | null | undefined, after: string | null | undefined, unreadOnly: boolean): Promise<NotificationConnectionModel> {
    const q = keysetQuery(NOTIFICATION_ORDER, first, after);
    const [rows, unreadCount] = await Promise.all([this.notifications.page(user.id, q, unreadOnly), this.notifications.unreadCount(user.id)]);
    const connection = toConnection(rows, q, (r) => [r.createdAt, r.id], toNotificationModel);
    return Object.assign(new NotificationConnectionModel(), { ...connection, unreadCount });
  }

  /**
   * Marks the caller's notifications read: those among `ids` (others' and
   * unknown ones are ignored), or all without `ids`. Returns how many changed.
   */
  markRead(user: AuthUser, ids: readonly string[] | null | undefined): Promise<number> {
    const uuids = ids === null || ids === undefined ? null : notificationUuids(ids);
    if (uuids !== null && uuids.length === 0) return Promise.resolve(0);
    return this.uow.run(user, ({ tx }) => this.notifications.markRead(tx, user.id, uuids));
  }

  /** The caller's own notification (NOT_FOUND for anyone else's: hidden looks like missing). */
  async own(ctx: GraphqlContext, id: string): Promise<NotificationModel> {
    const row = await this.loader.load(ctx, id);
    if (!row) throw NotificationsException.notFound();
    return toNotificationModel(row);
  }

  /** What it is about, loaded by its own module with the recipient's visibility now; null if gone or hidden. */
  subjectOf(ctx: GraphqlContext, n: NotificationModel): Promise<object | null> {
    return this.nodes.loadVisible(ctx, n.subjectType, n.subjectId);
  }
}

/** Global Notification ids → uuids (at most MAX_MARK_IDS), or BAD_USER_INPUT naming `ids`. */
function notificationUuids(ids: readonly string[]): string[] {
  if (ids.length > MAX_MARK_IDS) throw NotificationsException.tooManyIds();
  return [
    ...new Set(
      ids.map((id) => {
        const decoded = decodeId(id);
        if (!decoded || decoded.type !== 'Notification') throw NotificationsException.badIds();
        return decoded.id;
      }),
    ),
  ];
}
