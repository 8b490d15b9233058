export { spacesRoutes } from './lib/spaces.routes';
