import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

export interface PreferenceRow {
  kind: string;
  inApp: boolean;
  email: string;
}

@Injectable()
export class NotificationPreferencesRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** The kinds the user chose something for. */
  chosen(userId: string): Promise<PreferenceRow[]> {
    return namedQuery(this.tx.reader, 'SELECT kind, in_app AS "inApp", email FROM notification_preference WHERE user_id = :userId', { userId });
  }

  async language(userId: string): Promise<string | null> {
    const [row] = await namedQuery<{ language: string }>(this.tx.reader, 'SELECT language FROM notification_settings WHERE user_id = :userId', { userId });
    return row?.language ?? null;
  }

  async save(tx: Tx, userId: string, pref: PreferenceRow): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO notification_preference (user_id, kind, in_app, email) VALUES (:userId, :kind, :inApp, :email)
       ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email`,
      { userId, ...pref },
    );
  }

  /** Sets e-mail off for the kinds (keeping in-app as chosen, or the default given). Returns nothing; idempotent. */
  async emailOff(tx: Tx, userId: string, kinds: readonly { kind: string; inApp: boolean }[]): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO notification_preference (user_id, kind, in_app, email)
       SELECT :userId, k.kind, k.in_app, 'OFF' FROM unnest(CAST(:kinds AS text[]), CAST(:inApp AS boolean[])) AS k(kind, in_app)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = 'OFF'`,
      { userId, kinds: kinds.map((k) => k.kind), inApp: kinds.map((k) => k.inApp) },
    );
  }

  async setLanguage(tx: Tx, userId: string, language: string): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO notification_settings (user_id, language, unsubscribe_secret) VALUES (:userId, :language, :secret)
       ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language`,
      { userId, language, secret: randomBytes(32).toString('hex') },
    );
  }

  /** The person's unsubscribe secret (null: they never got a mail, so no link can be valid). */
  async secret(userId: string): Promise<string | null> {
    const [row] = await namedQuery<{ secret: string }>(this.tx.reader, 'SELECT unsubscribe_secret AS secret FROM notification_settings WHERE user_id = :userId', {
      userId,
    });
    return row?.secret ?? null;
  }
}
