export { feedRoutes } from './lib/feed.routes';
