export { notificationsRoutes } from './lib/notifications.routes';
// For the shell: the top bar's bell, and its texts, icons and the scrolling to `#comment-…`/`#vote`.
export { NotificationBell } from './lib/feature/notification-bell';
export { provideNotifications } from './lib/provide-notifications';
