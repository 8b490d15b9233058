import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

/** What a mail about notifications needs, per notification. */
export interface MailRow {
  id: string;
  kind: string;
  recipientId: string;
  recipientEmail: string | null;
  actorName: string | null;
  title: string;
  path: string;
  createdAt: Date;
}

export interface MailSettings {
  language: string;
  unsubscribeSecret: string;
}

const MAIL_COLUMNS = `n.id, n.kind, n.recipient_id AS "recipientId", r.email AS "recipientEmail", a.display_name AS "actorName", n.title, n.path, n.created_at AS "createdAt"`;

/** The notifications' e-mail side: what is due, the recipient's settings, marking what went out. */
@Injectable()
export class NotificationMailRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** The notification, locked, if it is still to be e-mailed on its own. */
  async lockImmediate(tx: Tx, id: string): Promise<MailRow | null> {
    const [row] = await namedQuery<MailRow>(
      tx,
      `SELECT ${MAIL_COLUMNS} FROM notification n JOIN app_user r ON r.id = n.recipient_id LEFT JOIN app_user a ON a.id = n.actor_id
        WHERE n.id = :id AND n.email = 'IMMEDIATE' AND n.emailed_at IS NULL FOR UPDATE OF n SKIP LOCKED`,
      { id },
    );
    return row ?? null;
  }

  /** Who has digest notifications waiting (at most `limit`). */
  async digestRecipients(limit: number): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      this.tx.reader,
      `SELECT DISTINCT recipient_id AS id FROM notification WHERE email = 'DAILY' AND emailed_at IS NULL LIMIT :limit`,
      { limit },
    );
    return rows.map((r) => r.id);
  }

  /** One recipient's waiting digest notifications, newest first, locked (another run skips them). */
  lockDigest(tx: Tx, recipientId: string, limit: number): Promise<MailRow[]> {
    return namedQuery<MailRow>(
      tx,
      `SELECT ${MAIL_COLUMNS} FROM notification n JOIN app_user r ON r.id = n.recipient_id LEFT JOIN app_user a ON a.id = n.actor_id
        WHERE n.recipient_id = :recipientId AND n.email = 'DAILY' AND n.emailed_at IS NULL
        ORDER BY n.created_at DESC LIMIT :limit FOR UPDATE OF n SKIP LOCKED`,
      { recipientId, limit },
    );
  }

  async markEmailed(tx: Tx, ids: readonly string[]): Promise<void> {
    await namedQuery(tx, `WITH done AS (UPDATE notification SET emailed_at = now() WHERE id = ANY(CAST(:ids AS uuid[])) RETURNING id) SELECT count(*) FROM done`, {
      ids: [...ids],
    });
  }

  /** The person's settings, created with a fresh unsubscribe secret on first use. */
  async settings(tx: Tx, userId: string): Promise<MailSettings> {
    const [row] = await namedQuery<MailSettings>(
      tx,
      `WITH made AS (
         INSERT INTO notification_settings (user_id, unsubscribe_secret) VALUES (:userId, :secret) ON CONFLICT (user_id) DO NOTHING
         RETURNING language, unsubscribe_secret AS "unsubscribeSecret")
       SELECT * FROM made UNION ALL
       SELECT language, unsubscribe_secret FROM notification_settings WHERE user_id = :userId AND NOT EXISTS (SELECT 1 FROM made)`,
      { userId, secret: randomBytes(32).toString('hex') },
    );
    if (row) return row;
    // Created at the same moment by another run: read it now that it committed.
    const [existing] = await namedQuery<MailSettings>(
      tx,
      'SELECT language, unsubscribe_secret AS "unsubscribeSecret" FROM notification_settings WHERE user_id = :userId',
      { userId },
    );
    return existing;
  }
}
