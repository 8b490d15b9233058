import { Injectable } from '@nestjs/common';
import { PubSub } from '@pnyx/api/core/realtime';
import { NotificationRepository, type NewNotifications } from './notification.repository';

/** The pub/sub topic of new notifications; `notificationAdded` subscriptions on every replica listen to it. */
export const NOTIFICATION_ADDED = 'notification.added';

/** Ids only: the subscriber loads the notification itself (its own, and only its own). */
export interface NotificationAddedMessage {
  notificationId: string;
  recipientId: string;
}

/** Writes notifications (one statement per batch of recipients) and announces each new row. */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly pubSub: PubSub,
  ) {}

  /** Returns how many were new. A repeated call (a retried delivery, a second process) writes and announces nothing. */
  async notify(batch: NewNotifications): Promise<number> {
    const added = await this.notifications.add(batch);
    for (const row of added) {
      await this.pubSub.publish<NotificationAddedMessage>(NOTIFICATION_ADDED, { notificationId: row.id, recipientId: row.recipientId });
    }
    return added.length;
  }
}
