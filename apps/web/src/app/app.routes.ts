import { Routes } from '@angular/router';
import { NotFoundPage } from './not-found.page';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'spaces' },
  // Spaces: /spaces, /spaces/new, /s/:spaceKey. Wiki, blogs, posts and decisions follow the same way.
  { path: '', loadChildren: () => import('@pnyx/web/spaces').then((m) => m.spacesRoutes) },
  { path: '**', title: 'shell.notFound.title', component: NotFoundPage },
];
