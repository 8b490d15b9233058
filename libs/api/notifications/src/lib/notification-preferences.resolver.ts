import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { NotificationPreferenceInput, NotificationPreferenceModel, NotificationSettingsModel, OutboxMailModel } from './notification-preferences.model';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Authenticated()
  @Query(() => NotificationSettingsModel, { description: "The caller's notification settings: e-mail language and, per kind, in the app and by e-mail" })
  notificationSettings(@CurrentUser() user: AuthUser): Promise<NotificationSettingsModel> {
    return this.service.settings(user);
  }

  @Authenticated()
  @Mutation(() => NotificationPreferenceModel, { description: 'How one kind of notification reaches the caller from now on' })
  updateNotificationPreference(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => NotificationPreferenceInput }) input: NotificationPreferenceInput,
  ): Promise<NotificationPreferenceModel> {
    return this.service.update(user, input);
  }

  @Authenticated()
  @Mutation(() => String, { description: 'The language of notification e-mail: en or de' })
  setNotificationLanguage(@CurrentUser() user: AuthUser, @Args('language', { type: () => String }) language: string): Promise<string> {
    return this.service.setLanguage(user, language);
  }

  @Authenticated()
  @Query(() => [OutboxMailModel], { description: 'Admins: the newest mails written to the outbox folder when no SMTP server is configured' })
  mailOutbox(@CurrentUser() user: AuthUser, @Args('first', { type: () => Int, nullable: true }) first: number | null): Promise<OutboxMailModel[]> {
    return this.service.outbox(user, first);
  }
}
