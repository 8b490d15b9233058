export * from './lib/blog-post.entity';
export * from './lib/blog-post-revision.entity';
export * from './lib/blog-post.model';
export * from './lib/blog-post.service';
export * from './lib/blog-text';
export * from './lib/blog.exception';
export * from './lib/blog.module';
export * from './lib/blog.policy';
