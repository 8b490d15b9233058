import { Routes } from '@angular/router';

/**
 * Lazy-loaded by the shell: the results page at `/search`. Its texts and icons are
 * registered at start by `provideSearch()` (the top bar's search box needs them anyway).
 */
export const searchRoutes: Routes = [
  {
    path: 'search',
    title: 'search.title',
    loadComponent: () => import('./feature/search.page').then((m) => m.SearchPage),
  },
];
