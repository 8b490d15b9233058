import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import type Keycloak from 'keycloak-js';
import { provideCore, provideTranslations } from '@pnyx/web/core';
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
    ],
  };
}
