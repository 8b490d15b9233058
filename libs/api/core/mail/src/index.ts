export * from './lib/mailer';
export * from './lib/mail.module';
