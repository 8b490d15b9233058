import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { Mailer, type OutboxMail } from '@pnyx/api/core/mail';
import { Role } from '@pnyx/shared/contracts';
import { NotificationKind } from './notification.model';
import { tokenMatches } from './notification-mail.jobs';
import { DEFAULT_PREFERENCES, EmailMode, MAIL_LANGUAGES } from './notification-preferences';
import type { NotificationPreferenceInput, NotificationPreferenceModel, NotificationSettingsModel } from './notification-preferences.model';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

const KINDS = Object.values(NotificationKind);

@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly prefs: NotificationPreferencesRepository,
    private readonly mailer: Mailer,
  ) {}

  async settings(user: AuthUser): Promise<NotificationSettingsModel> {
    const [chosen, language] = await Promise.all([this.prefs.chosen(user.id), this.prefs.language(user.id)]);
    const byKind = new Map(chosen.map((c) => [c.kind, c]));
    return {
      language: language ?? 'en',
      preferences: KINDS.map((kind) => {
        const c = byKind.get(kind);
        return { kind, inApp: c?.inApp ?? DEFAULT_PREFERENCES[kind].inApp, email: (c?.email as EmailMode | undefined) ?? DEFAULT_PREFERENCES[kind].email };
      }),
    };
  }

  /** Applies to notifications written from now on. */
  async update(user: AuthUser, input: NotificationPreferenceInput): Promise<NotificationPreferenceModel> {
    if (!KINDS.includes(input.kind)) throw DomainException.badInput('input.kind', 'Unknown notification kind');
    if (!Object.values(EmailMode).includes(input.email)) throw DomainException.badInput('input.email', 'Unknown e-mail mode');
    await this.uow.run(user, ({ tx }) => this.prefs.save(tx, user.id, { kind: input.kind, inApp: input.inApp, email: input.email }));
    return { kind: input.kind, inApp: input.inApp, email: input.email };
  }

  async setLanguage(user: AuthUser, language: string): Promise<string> {
    if (!(MAIL_LANGUAGES as readonly string[]).includes(language)) throw DomainException.badInput('language', `The language is one of ${MAIL_LANGUAGES.join(', ')}`);
    await this.uow.run(user, ({ tx }) => this.prefs.setLanguage(tx, user.id, language));
    return language;
  }

  /**
   * A one-click unsubscribe from a mail link: e-mail off for that kind (or
   * every kind, `ALL`, from a digest). False when the link is not valid (no
   * detail on why: the link is the only credential).
   */
  async unsubscribe(userId: string, kind: string, token: string): Promise<boolean> {
    const kinds = kind === 'ALL' ? KINDS : KINDS.filter((k) => k === kind);
    if (!kinds.length || !/^[0-9a-f-]{36}$/i.test(userId) || token.length > 100) return false;
    const secret = await this.prefs.secret(userId);
    if (!secret || !tokenMatches(secret, userId, kind, token)) return false;
    const current = await this.prefs.chosen(userId);
    const inApp = (k: NotificationKind) => current.find((c) => c.kind === k)?.inApp ?? DEFAULT_PREFERENCES[k].inApp;
    await this.uow.run(null, ({ tx }) => this.prefs.emailOff(tx, userId, kinds.map((k) => ({ kind: k, inApp: inApp(k) }))));
    return true;
  }

  /** Admins read the outbox folder (all-in-one mode, no SMTP server). */
  outbox(user: AuthUser, first: number | null): Promise<OutboxMail[]> {
    if (!user.roles.includes(Role.ADMIN)) throw DomainException.forbidden('Only admins read the mail outbox');
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw DomainException.badInput('first', 'first must be between 1 and 200');
    return this.mailer.outbox(limit);
  }
}
