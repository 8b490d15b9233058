import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import type Keycloak from 'keycloak-js';
import { provideCore, provideSpaceSection, provideTranslations } from '@pnyx/web/core';
import { provideSearch } from '@pnyx/web/search';
import { provideNotifications } from '@pnyx/web/notifications';
import { routes } from './app.routes';
import { shellDictionaries } from './shell.i18n';

export function appConfig(keycloak: Keycloak): ApplicationConfig {
  return {
    providers: [
      provideZonelessChangeDetection(),
      provideBrowserGlobalErrorListeners(),
      provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
      provideCore(keycloak),
      provideTranslations(shellDictionaries),
      // The top bar's bell, and scrolling to #comment-… / #vote once a page has rendered it (the pages are lazy).
      provideNotifications(),
      // The top bar's search box (the results page itself is lazy).
      provideSearch(),
      // The wiki's pages on a space's page, loaded with the wiki (not in the initial bundle).
      provideSpaceSection({ id: 'pages', load: () => import('@pnyx/web/wiki').then((m) => m.SpacePagesSection) }),
    ],
  };
}
