export { decisionsRoutes } from './lib/decisions.routes';
