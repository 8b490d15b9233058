export { postsRoutes } from './lib/posts.routes';
// For the feed (domain:feed reads the content domains): a post's body, reactions and composer.
export { postsDictionaries } from './lib/posts.i18n';
export { providePostsIcons } from './lib/posts-icons';
export { PostsApi, type Post } from './lib/data-access/posts.api';
export { MentionSearch } from './lib/data-access/mention-search';
export { toggleReaction } from './lib/data-access/reactions';
export { refusalText } from './lib/feature/send-post';
export { PostBody } from './lib/ui/post-body';
export { PostCard } from './lib/ui/post-card';
export { ReactionBar } from './lib/ui/reaction-bar';
export { type ComposedPost, PostComposer } from './lib/ui/composer';
