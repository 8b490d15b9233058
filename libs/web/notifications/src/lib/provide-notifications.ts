import { EnvironmentProviders, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { provideTranslations } from '@pnyx/web/core';
import { FragmentScroller } from './data-access/fragment-scroll';
import { provideNotificationsIcons } from './notifications-icons';
import { notificationsDictionaries } from './notifications.i18n';

/**
 * At app start: the texts and icons of the top bar's bell and of the notification pages, and
 * the scrolling to `#comment-…` / `#vote` once a page has rendered that element.
 */
export function provideNotifications(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslations(notificationsDictionaries),
    provideNotificationsIcons(),
    provideEnvironmentInitializer(() => inject(FragmentScroller)),
  ]);
}
