export { blogRoutes } from './lib/blog.routes';
