import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

/**
 * A micro-post: a short update to everyone (no space) or into a space. A reply
 * lives in its parent's space. Deleting keeps the row (a thread has no holes):
 * body and html are emptied and `deleted_at` set.
 */
@Entity({ name: 'post' })
@Index('post_space_idx', ['spaceId', 'createdAt', 'id'])
@Index('post_author_idx', ['authorId', 'createdAt', 'id'])
@Index('post_reply_to_idx', ['replyToId', 'createdAt', 'id'])
@Index('post_created_idx', ['createdAt', 'id'])
@Index('post_one_pinned_per_space', ['spaceId'], { unique: true, where: 'pinned_at IS NOT NULL' })
@Check('post_pinned_in_space', 'pinned_at IS NULL OR space_id IS NOT NULL')
@Check('post_deleted_is_empty', "deleted_at IS NULL OR (body = '' AND html = '')")
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  /** Null: a post to everyone. */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: PostEntity;

  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId!: string | null;

  /** Markdown as written; empty once deleted. */
  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitised at write time. */
  @Column({ type: 'text' })
  html!: string;

  /** The users the body @mentions, resolved at write time, in order of appearance. */
  @Column({ name: 'mention_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds!: string[];

  /** Normalised hashtags (lower case, NFC), in order of appearance; post_hashtag indexes them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  hashtags!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** The space's pinned announcement (at most one per space). */
  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;
}
