import { NotificationKind } from './notification.model';

/** How a notification reaches someone by e-mail: not at all, as it happens, or in the daily digest. */
export enum EmailMode {
  OFF = 'OFF',
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
}

export interface Preference {
  inApp: boolean;
  email: EmailMode;
}

/**
 * What applies until someone chooses: everything in the app; e-mail at once
 * when a decision waits for them personally (advice, closing soon), in the
 * daily digest for votes requested and mentions, otherwise none.
 */
export const DEFAULT_PREFERENCES: Record<NotificationKind, Preference> = {
  [NotificationKind.MENTION]: { inApp: true, email: EmailMode.DAILY },
  [NotificationKind.REPLY]: { inApp: true, email: EmailMode.OFF },
  [NotificationKind.COMMENT]: { inApp: true, email: EmailMode.OFF },
  [NotificationKind.VOTE_REQUESTED]: { inApp: true, email: EmailMode.DAILY },
  [NotificationKind.ADVICE_REQUESTED]: { inApp: true, email: EmailMode.IMMEDIATE },
  [NotificationKind.PROPOSAL_CLOSING_SOON]: { inApp: true, email: EmailMode.IMMEDIATE },
  [NotificationKind.PROPOSAL_CLOSED]: { inApp: true, email: EmailMode.OFF },
  [NotificationKind.PAGE_UPDATED]: { inApp: true, email: EmailMode.OFF },
};

export const MAIL_LANGUAGES = ['en', 'de'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];
