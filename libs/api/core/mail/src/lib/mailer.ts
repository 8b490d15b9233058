import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part. */
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** The `.eml` file written, when there is no SMTP server. */
  file: string | null;
}

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  date: Date;
}

/** At most this many mails are listed from the outbox folder. */
const OUTBOX_LIST_LIMIT = 200;

/**
 * Sends e-mail through SMTP (`SMTP_URL`), or writes each message as an
 * `.eml` file into the outbox folder when there is none (all-in-one mode):
 * the same MIME message either way (plain text and HTML alternatives).
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail'>) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl, { from: config.mail.from })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from: config.mail.from });
  }

  get viaSmtp(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transport.sendMail({ ...message, from: this.config.mail.from });
    if (this.viaSmtp) return { messageId: String(info.messageId), file: null };
    await mkdir(this.config.mail.outboxDir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
    await writeFile(join(this.config.mail.outboxDir, name), (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    return { messageId: String(info.messageId), file: name };
  }

  /** The newest mails in the outbox folder (all-in-one mode), with their recipient and subject. */
  async outbox(limit = OUTBOX_LIST_LIMIT): Promise<OutboxMail[]> {
    let names: string[];
    try {
      names = (await readdir(this.config.mail.outboxDir)).filter((n) => n.endsWith('.eml'));
    } catch {
      return [];
    }
    const newest = names.sort().reverse().slice(0, Math.min(limit, OUTBOX_LIST_LIMIT));
    return Promise.all(
      newest.map(async (file) => {
        // Headers end at the first empty line; long ones continue on lines that start with white space.
        const head = (await readFile(join(this.config.mail.outboxDir, file), 'utf8')).split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
        const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? '';
        return { file, to: header('To'), subject: decodeHeader(header('Subject')), date: new Date(header('Date') || Date.now()) };
      }),
    );
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=), as nodemailer writes non-ASCII subjects. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}
