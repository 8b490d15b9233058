import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Provides `Mailer`: SMTP when SMTP_URL is set, else `.eml` files in the outbox folder. */
@Global()
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
