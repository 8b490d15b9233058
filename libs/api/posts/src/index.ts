export * from './lib/post.entity';
export * from './lib/post-hashtag.entity';
export * from './lib/post.model';
export * from './lib/post.service';
export * from './lib/post-text';
export * from './lib/posts.exception';
export * from './lib/posts.module';
export * from './lib/posts.policy';
