import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FeedItemEntity } from './feed-item.entity';

/** The hashtags (post) and tags (blog post) of a feed item, for "Following" by hashtag: newest first per tag. */
@Entity({ name: 'feed_item_tag' })
@Index('feed_item_tag_seq_idx', ['seq'])
export class FeedItemTagEntity {
  @PrimaryColumn({ type: 'text' })
  tag!: string;

  /** The feed item's seq; the row goes with its item. */
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @ManyToOne(() => FeedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seq', referencedColumnName: 'seq' })
  item?: FeedItemEntity;
}
