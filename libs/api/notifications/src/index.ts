export * from './lib/notification.entity';
export * from './lib/notification.model';
export * from './lib/notifier';
export * from './lib/closing-soon';
export * from './lib/notifications.consumer';
export * from './lib/notifications.module';
