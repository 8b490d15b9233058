import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { JobQueue } from '@pnyx/api/core/jobs';
import { PubSub } from '@pnyx/api/core/realtime';
import { MAIL_TASK } from './notification-mail.jobs';
import { NotificationRepository, type NewNotifications } from './notification.repository';

/** The pub/sub topic of new notifications; `notificationAdded` subscriptions on every replica listen to it. */
export const NOTIFICATION_ADDED = 'notification.added';

/** Ids only: the subscriber loads the notification itself (its own, and only its own). */
export interface NotificationAddedMessage {
  notificationId: string;
  recipientId: string;
}

/** Writes notifications (one statement per batch of recipients), announces each new one shown in the app, and queues the e-mail due at once. */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly pubSub: PubSub,
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
  ) {}

  /** Returns how many were new. A repeated call (a retried delivery, a second process) writes and announces nothing. */
  async notify(batch: NewNotifications): Promise<number> {
    // The rows and the jobs for e-mail due at once commit together: a crash between them cannot lose a mail.
    const added = await this.tx.run(async (tx) => {
      const rows = await this.notifications.add(batch, tx);
      const mail = rows.filter((row) => row.email === 'IMMEDIATE');
      if (mail.length) await this.jobs.addManyIn(tx, MAIL_TASK, mail.map((row) => ({ payload: { notificationId: row.id }, jobKey: `${MAIL_TASK}:${row.id}` })));
      return rows;
    });
    for (const row of added) {
      if (!row.inApp) continue;
      await this.pubSub.publish<NotificationAddedMessage>(NOTIFICATION_ADDED, { notificationId: row.id, recipientId: row.recipientId });
    }
    return added.length;
  }
}
