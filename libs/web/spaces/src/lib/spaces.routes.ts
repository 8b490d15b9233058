import { ActivatedRouteSnapshot, Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { CreateSpacePage } from './feature/create-space.page';
import { SpacePage } from './feature/space.page';
import { SpacesListPage } from './feature/spaces-list.page';
import { spacesDictionaries } from './spaces.i18n';

/** Lazy-loaded by the shell at the root path: `/spaces`, `/spaces/new`, `/s/:spaceKey`. */
export const spacesRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(spacesDictionaries)],
    children: [
      { path: 'spaces', title: 'spaces.list.title', component: SpacesListPage },
      { path: 'spaces/new', title: 'spaces.create.title', component: CreateSpacePage },
      {
        path: 's/:spaceKey',
        // The key itself is the page title: keys have no dots, so they never collide with translation keys.
        title: (route: ActivatedRouteSnapshot) => route.paramMap.get('spaceKey') ?? 'spaces.list.title',
        component: SpacePage,
      },
    ],
  },
];
