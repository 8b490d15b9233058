export { postsRoutes } from './lib/posts.routes';
