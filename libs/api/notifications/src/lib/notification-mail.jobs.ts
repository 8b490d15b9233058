import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import { TransactionRunner } from '@pnyx/api/core/database';
import { JobQueue } from '@pnyx/api/core/jobs';
import { Mailer } from '@pnyx/api/core/mail';
import { renderDigestMail, renderNotificationMail, type MailNotification } from './notification-mail';
import { NotificationMailRepository, type MailRow } from './notification-mail.repository';
import { MAIL_LANGUAGES, type MailLanguage } from './notification-preferences';

export const MAIL_TASK = 'notification-mail';
export const DIGEST_TASK = 'notification-digest';
const DIGEST_JOB_KEY = 'notification-digest';
/** The digest goes out daily at this hour (UTC). */
export const DIGEST_HOUR_UTC = 7;
/** At most this many notifications in one digest (the newest), and recipients per run (the rest next run). */
const DIGEST_MAX_ITEMS = 50;
const DIGEST_MAX_RECIPIENTS = 5_000;

/** The next digest time after `now`: today's or tomorrow's DIGEST_HOUR_UTC. */
export function nextDigestAt(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The token in a person's unsubscribe link for one kind: HMAC of the kind under their secret. */
export function unsubscribeToken(secret: string, userId: string, kind: string): string {
  return createHmac('sha256', secret).update(`${userId}:${kind}`).digest('base64url');
}

export function tokenMatches(secret: string, userId: string, kind: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, userId, kind));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Notification e-mail, on the job queue (its own retries: a failing mail
 * server never delays anything else): one job per notification whose
 * recipient wants it at once, and a daily digest of the rest. A mail is
 * marked sent in the transaction that holds the notification's lock, after
 * the server took it; a crash in between sends it again (at least once).
 */
@Injectable()
export class NotificationMailJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationMailJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly mails: NotificationMailRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ notificationId: string }>(MAIL_TASK, ({ notificationId }) => this.sendOne(notificationId));
    this.jobs.define(DIGEST_TASK, async () => {
      await this.runDigest();
    });
  }

  /** Every process makes sure the daily digest is scheduled (a keyed job: the same time whoever adds it). */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.add(DIGEST_TASK, {}, { runAt: nextDigestAt(new Date()), jobKey: DIGEST_JOB_KEY });
  }

  /** Mails one notification, unless it went out already. */
  async sendOne(notificationId: string): Promise<void> {
    await this.tx.run(async (tx) => {
      const row = await this.mails.lockImmediate(tx, notificationId);
      if (!row) return;
      if (row.recipientEmail) {
        const settings = await this.mails.settings(tx, row.recipientId);
        const language = this.language(settings.language);
        const unsubscribe = this.unsubscribeUrl(row.recipientId, row.kind, settings.unsubscribeSecret);
        await this.mailer.send({ to: row.recipientEmail, ...renderNotificationMail(this.toMail(row), language, unsubscribe), headers: this.headers(unsubscribe) });
      }
      await this.mails.markEmailed(tx, [row.id]);
    });
  }

  /** Sends every waiting digest, one recipient per transaction, then schedules tomorrow's. Returns how many mails went out. */
  async runDigest(): Promise<number> {
    let sent = 0;
    for (const recipientId of await this.mails.digestRecipients(DIGEST_MAX_RECIPIENTS)) {
      try {
        if (await this.sendDigest(recipientId)) sent++;
      } catch (error) {
        // One recipient's failure (say, the server refused the address) does not hold back the others; theirs stay for the next run.
        this.logger.warn(`Digest for ${recipientId} not sent: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    await this.jobs.add(DIGEST_TASK, {}, { runAt: nextDigestAt(new Date(Date.now() + 60_000)), jobKey: DIGEST_JOB_KEY });
    return sent;
  }

  private sendDigest(recipientId: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const rows = await this.mails.lockDigest(tx, recipientId, DIGEST_MAX_ITEMS);
      if (!rows.length) return false;
      const to = rows[0].recipientEmail;
      if (to) {
        const settings = await this.mails.settings(tx, recipientId);
        const unsubscribe = this.unsubscribeUrl(recipientId, 'ALL', settings.unsubscribeSecret);
        await this.mailer.send({ to, ...renderDigestMail(rows.map((r) => this.toMail(r)), this.language(settings.language), unsubscribe), headers: this.headers(unsubscribe) });
      }
      await this.mails.markEmailed(tx, rows.map((r) => r.id));
      return to !== null;
    });
  }

  /** One-click unsubscribe (RFC 8058) for one kind, or every kind (`ALL`, from a digest). */
  unsubscribeUrl(userId: string, kind: string, secret: string): string {
    const query = new URLSearchParams({ u: userId, k: kind, t: unsubscribeToken(secret, userId, kind) });
    return `${this.config.publicUrl}/mail/unsubscribe?${query.toString()}`;
  }

  private headers(unsubscribe: string): Record<string, string> {
    return { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  private toMail(row: MailRow): MailNotification {
    return { kind: row.kind, actorName: row.actorName, title: row.title, url: `${this.config.publicUrl}${row.path}`, createdAt: row.createdAt };
  }

  private language(value: string): MailLanguage {
    return (MAIL_LANGUAGES as readonly string[]).includes(value) ? (value as MailLanguage) : 'en';
  }
}
