import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@pnyx/web/core';
import { provideSearchIcons } from './search-icons';
import { searchDictionaries } from './search.i18n';

/** At app start: the texts and icons of the top bar's search box and of the results page. */
export function provideSearch(): EnvironmentProviders {
  return makeEnvironmentProviders([provideTranslations(searchDictionaries), provideSearchIcons()]);
}
