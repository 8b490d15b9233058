import { Routes } from '@angular/router';
import { NotFoundPage } from './not-found.page';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'spaces' },
  // Spaces: /spaces, /spaces/new, /s/:spaceKey. Blogs, posts and decisions follow the same way.
  { path: '', loadChildren: () => import('@pnyx/web/spaces').then((m) => m.spacesRoutes) },
  // Wiki: /wiki, /wiki/:spaceKey/labels/:label, /s/:spaceKey/new, /s/:spaceKey/:slug[/edit|/history[/:version]|/compare].
  { path: '', loadChildren: () => import('@pnyx/web/wiki').then((m) => m.wikiRoutes) },
  { path: '**', title: 'shell.notFound.title', component: NotFoundPage },
];
