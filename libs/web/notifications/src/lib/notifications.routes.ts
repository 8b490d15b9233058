import { Routes } from '@angular/router';

/**
 * `/notifications` and `/notifications/settings`, before the wiki like the other areas. The
 * texts and icons come with `provideNotifications()` at app start (the top bar's bell uses
 * them); each screen is its own chunk.
 */
export const notificationsRoutes: Routes = [
  {
    path: 'notifications',
    pathMatch: 'full',
    title: 'notifications.title',
    loadComponent: () => import('./feature/notifications.page').then((m) => m.NotificationsPage),
  },
  {
    path: 'notifications/settings',
    title: 'notifications.settings.routeTitle',
    loadComponent: () => import('./feature/notification-settings.page').then((m) => m.NotificationSettingsPage),
  },
];
