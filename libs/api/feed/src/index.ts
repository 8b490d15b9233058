export * from './lib/feed-item.entity';
export * from './lib/feed-item-tag.entity';
export * from './lib/hashtag-follow.entity';
export * from './lib/feed-pin.entity';
export * from './lib/feed.model';
export * from './lib/feed.consumer';
export * from './lib/feed.service';
export * from './lib/feed.module';
