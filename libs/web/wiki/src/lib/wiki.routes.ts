import { ActivatedRouteSnapshot, Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { LabelPagesPage } from './feature/label-pages.page';
import { PageHistoryPage } from './feature/page-history.page';
import { PageRevisionPage } from './feature/page-revision.page';
import { PageViewPage } from './feature/page-view.page';
import { WikiHomePage } from './feature/wiki-home.page';
import { wikiDictionaries } from './wiki.i18n';

/** The page's own title replaces this once it is loaded; until then, its slug (no dots: never a translation key). */
const slugTitle = (route: ActivatedRouteSnapshot): string => route.paramMap.get('slug') ?? 'wiki.page.title';

/**
 * Lazy-loaded by the shell at the root path. `new` is the one slug the API reserves,
 * so `/s/:spaceKey/new` never hides a page. The editor and the comparison are loaded
 * only when opened (Markdown toolbar, preview, diff library).
 */
export const wikiRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(wikiDictionaries)],
    children: [
      { path: 'wiki', title: 'wiki.home.title', component: WikiHomePage },
      { path: 'wiki/:spaceKey/labels/:label', title: 'wiki.labelPages.routeTitle', component: LabelPagesPage },
      {
        path: 's/:spaceKey/new',
        title: 'wiki.editor.newTitle',
        loadComponent: () => import('./feature/page-editor.page').then((m) => m.PageEditorPage),
      },
      { path: 's/:spaceKey/:slug', title: slugTitle, component: PageViewPage },
      {
        path: 's/:spaceKey/:slug/edit',
        title: 'wiki.editor.editTitle',
        loadComponent: () => import('./feature/page-editor.page').then((m) => m.PageEditorPage),
      },
      { path: 's/:spaceKey/:slug/history', title: 'wiki.page.history', component: PageHistoryPage },
      { path: 's/:spaceKey/:slug/history/:version', title: 'wiki.page.history', component: PageRevisionPage },
      {
        path: 's/:spaceKey/:slug/compare',
        title: 'wiki.compare.routeTitle',
        loadComponent: () => import('./feature/page-compare.page').then((m) => m.PageComparePage),
      },
    ],
  },
];
