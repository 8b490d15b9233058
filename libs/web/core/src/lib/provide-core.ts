import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { TitleStrategy } from '@angular/router';
import type Keycloak from 'keycloak-js';
import { KEYCLOAK } from './auth/auth.service';
import { provideGraphQL } from './graphql/apollo';
import { coreDictionaries } from './i18n/core.i18n';
import { provideTranslations } from './i18n/translation.service';
import { provideIcons } from './icons/icons';
import { TranslatedTitleStrategy } from './title/translated-title-strategy';

/** Everything the app needs from core, given the keycloak-js instance `authenticate()` signed in. */
export function provideCore(keycloak: Keycloak): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: KEYCLOAK, useValue: keycloak },
    provideHttpClient(withFetch()),
    provideGraphQL(),
    provideTranslations(coreDictionaries),
    provideIcons(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ]);
}
