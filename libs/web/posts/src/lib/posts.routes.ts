import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { providePostsIcons } from './posts-icons';
import { postsDictionaries } from './posts.i18n';

/**
 * Lazy-loaded by the shell at the root path, before the wiki (whose `/s/:spaceKey/:slug`
 * would otherwise take `/s/:spaceKey/posts`). Each screen is its own chunk.
 */
export const postsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(postsDictionaries), providePostsIcons()],
    children: [
      {
        path: 'posts',
        title: 'posts.title',
        loadComponent: () => import('./feature/posts.page').then((m) => m.PostsPage),
      },
      {
        path: 'posts/tags/:tag',
        title: 'posts.tag.routeTitle',
        loadComponent: () => import('./feature/tag-posts.page').then((m) => m.TagPostsPage),
      },
      {
        path: 'posts/people/:username',
        title: 'posts.person.routeTitle',
        loadComponent: () => import('./feature/person-posts.page').then((m) => m.PersonPostsPage),
      },
      {
        path: 'posts/:id',
        title: 'posts.thread.routeTitle',
        loadComponent: () => import('./feature/post.page').then((m) => m.PostPage),
      },
      {
        path: 's/:spaceKey/posts',
        title: 'posts.space.routeTitle',
        loadComponent: () => import('./feature/space-posts.page').then((m) => m.SpacePostsPage),
      },
    ],
  },
];
