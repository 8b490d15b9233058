import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

/**
 * One thing that happened, as the feed shows it: written by the feed consumer
 * from a committed domain event (one per event: a retried delivery writes
 * nothing twice). `seq` orders the feed (keyset, newest first).
 */
@Entity({ name: 'feed_item' })
@Unique('feed_item_seq_key', ['seq'])
@Unique('feed_item_event_key', ['eventId'])
@Index('feed_item_actor_idx', ['actorId', 'seq'])
@Index('feed_item_space_idx', ['spaceId', 'seq'])
@Index('feed_item_subject_idx', ['subjectId'])
export class FeedItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The outbox event it was written from: a retried delivery finds it and writes nothing. */
  @Column({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  /** FeedItemKind. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  /** The node type of the subject: Post, BlogPost, Page or Proposal. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** Null: for every employee (a post or blog post outside spaces). */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  /** When the event happened. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
