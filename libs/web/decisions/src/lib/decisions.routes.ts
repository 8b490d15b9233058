import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { provideDecisionsIcons } from './decisions-icons';
import { decisionsDictionaries } from './decisions.i18n';

/**
 * Lazy-loaded by the shell at the root path, before the wiki (whose `/s/:spaceKey/:slug`
 * would otherwise take `/s/:spaceKey/decisions`). The router reads this file on the way
 * to any wiki page too, so each screen is its own chunk, loaded when opened; chart.js
 * only when the dashboard draws its first chart.
 */
export const decisionsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(decisionsDictionaries), provideDecisionsIcons()],
    children: [
      {
        path: 'decisions',
        title: 'decisions.dashboard.title',
        loadComponent: () => import('./feature/open-decisions.page').then((m) => m.OpenDecisionsPage),
      },
      {
        // The proposal's own title replaces this once it is loaded.
        path: 'decisions/:id',
        title: 'decisions.proposal.routeTitle',
        loadComponent: () => import('./feature/proposal.page').then((m) => m.ProposalPage),
      },
      {
        path: 's/:spaceKey/decisions',
        title: 'decisions.space.routeTitle',
        loadComponent: () => import('./feature/space-decisions.page').then((m) => m.SpaceDecisionsPage),
      },
      {
        path: 's/:spaceKey/decisions/new',
        title: 'decisions.new.title',
        loadComponent: () => import('./feature/new-proposal.page').then((m) => m.NewProposalPage),
      },
    ],
  },
];
