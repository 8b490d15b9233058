import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { postsDictionaries, providePostsIcons } from '@pnyx/web/posts';
import { provideFeedIcons } from './feed-icons';
import { feedDictionaries } from './feed.i18n';

/**
 * Lazy-loaded by the shell at the root path, first: the home screen (the feed, at the
 * root itself) and people's profiles (`/people/:username`). The feed shows posts with the
 * posts screens' pieces, so their texts and icons come along.
 */
export const feedRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(postsDictionaries), provideTranslations(feedDictionaries), providePostsIcons(), provideFeedIcons()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'feed.title',
        loadComponent: () => import('./feature/feed.page').then((m) => m.FeedPage),
      },
      {
        path: 'people/:username',
        title: 'feed.profile.routeTitle',
        loadComponent: () => import('./feature/profile.page').then((m) => m.ProfilePage),
      },
    ],
  },
];
