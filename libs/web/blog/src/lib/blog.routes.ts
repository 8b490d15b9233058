import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { provideBlogIcons } from './blog-icons';
import { blogDictionaries } from './blog.i18n';

/**
 * Lazy-loaded by the shell at the root path, before the wiki (whose `/s/:spaceKey/:slug`
 * would otherwise take `/s/:spaceKey/blog`). Each screen is its own chunk.
 */
export const blogRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(blogDictionaries), provideBlogIcons()],
    children: [
      {
        path: 'blog',
        title: 'blog.title',
        loadComponent: () => import('./feature/blog.page').then((m) => m.BlogPage),
      },
      {
        path: 'blog/drafts',
        title: 'blog.drafts.title',
        loadComponent: () => import('./feature/blog-drafts.page').then((m) => m.BlogDraftsPage),
      },
      {
        path: 'blog/new',
        title: 'blog.editor.newTitle',
        loadComponent: () => import('./feature/blog-editor.page').then((m) => m.BlogEditorPage),
      },
      {
        path: 'blog/:id',
        title: 'blog.post.routeTitle',
        loadComponent: () => import('./feature/blog-post.page').then((m) => m.BlogPostPage),
      },
      {
        path: 'blog/:id/edit',
        title: 'blog.editor.editTitle',
        loadComponent: () => import('./feature/blog-editor.page').then((m) => m.BlogEditorPage),
      },
      {
        path: 's/:spaceKey/blog',
        title: 'blog.space.routeTitle',
        loadComponent: () => import('./feature/space-blog.page').then((m) => m.SpaceBlogPage),
      },
      {
        path: 's/:spaceKey/blog/new',
        title: 'blog.editor.newTitle',
        loadComponent: () => import('./feature/blog-editor.page').then((m) => m.BlogEditorPage),
      },
    ],
  },
];
