import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { DecisionsPage } from './feature/decisions.page';
import { decisionsDictionaries } from './decisions.i18n';

/** Lazy-loaded by the shell at the root path: `/decisions`. */
export const decisionsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(decisionsDictionaries)],
    children: [{ path: 'decisions', title: 'decisions.page.title', component: DecisionsPage }],
  },
];
