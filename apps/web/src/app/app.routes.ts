import { Routes } from '@angular/router';
import { searchRoutes } from '@pnyx/web/search';
import { notificationsRoutes } from '@pnyx/web/notifications';
import { NotFoundPage } from './not-found.page';

export const routes: Routes = [
  // Home: the feed at the root, and profiles at /people/:username.
  { path: '', loadChildren: () => import('@pnyx/web/feed').then((m) => m.feedRoutes) },
  // Spaces: /spaces, /spaces/new, /s/:spaceKey. Blogs follow the same way.
  { path: '', loadChildren: () => import('@pnyx/web/spaces').then((m) => m.spacesRoutes) },
  // Decisions: /decisions, /decisions/:id, /s/:spaceKey/decisions[/new]; before the wiki, whose /s/:spaceKey/:slug would take them.
  { path: '', loadChildren: () => import('@pnyx/web/decisions').then((m) => m.decisionsRoutes) },
  // Posts: /posts, /posts/:id, /posts/tags/:tag, /posts/people/:username, /s/:spaceKey/posts; before the wiki, like decisions.
  { path: '', loadChildren: () => import('@pnyx/web/posts').then((m) => m.postsRoutes) },
  // Blog: /blog, /blog/drafts, /blog/new, /blog/:id[/edit], /s/:spaceKey/blog[/new]; before the wiki, like posts.
  { path: '', loadChildren: () => import('@pnyx/web/blog').then((m) => m.blogRoutes) },
  // Search: /search?q=…; before the wiki, like the others. Imported, not loaded lazily: the top bar's
  // search box comes from the same library; the results page itself is still a lazy chunk (loadComponent).
  { path: '', children: searchRoutes },
  // Notifications: /notifications, /notifications/settings; before the wiki, like the others. Imported, not
  // loaded lazily: the top bar's bell comes from the same library; each page is still a lazy chunk.
  { path: '', children: notificationsRoutes },
  // Wiki: /wiki, /wiki/:spaceKey/labels/:label, /s/:spaceKey/new, /s/:spaceKey/:slug[/edit|/history[/:version]|/compare].
  { path: '', loadChildren: () => import('@pnyx/web/wiki').then((m) => m.wikiRoutes) },
  { path: '**', title: 'shell.notFound.title', component: NotFoundPage },
];
