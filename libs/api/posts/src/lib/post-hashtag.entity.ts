import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from './post.entity';

/** The lookup for `postsByHashtag`: one row per (normalised tag, post), newest first by the post's time. */
@Entity({ name: 'post_hashtag' })
@Index('post_hashtag_tag_idx', ['tag', 'createdAt', 'postId'])
export class PostHashtagEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ type: 'text' })
  tag!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** The post's creation time, copied for the keyset order. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
