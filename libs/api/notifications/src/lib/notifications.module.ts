import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { ClosingSoonReminder } from './closing-soon';
import { NotificationLoader } from './notification.loader';
import { NotificationModel } from './notification.model';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationsConsumer } from './notifications.consumer';
import { Notifier } from './notifier';
import { NotificationMailJobs } from './notification-mail.jobs';
import { NotificationMailRepository } from './notification-mail.repository';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Notifications: written from committed events (and the closing-soon job)
 * for the people concerned, read and marked read by their recipient only.
 * It reads the content tables in SQL and loads subjects through the node
 * registry; no content module reads it.
 */
@Module({
  providers: [
    NotificationRepository,
    NotificationLoader,
    Notifier,
    ClosingSoonReminder,
    NotificationsConsumer,
    NotificationService,
    NotificationResolver,
    NotificationMailRepository,
    NotificationMailJobs,
    NotificationPreferencesRepository,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
  ],
  controllers: [UnsubscribeController],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly service: NotificationService,
  ) {}

  onModuleInit(): void {
    // Only its recipient can load a notification; to anyone else it does not exist.
    this.nodes.register('Notification', NotificationModel, (ctx, id) => this.service.own(ctx, id));
  }
}
