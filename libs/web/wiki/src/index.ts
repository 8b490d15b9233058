export { wikiRoutes } from './lib/wiki.routes';
export { SpacePagesSection } from './lib/feature/space-pages.section';
