import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SpaceEntity } from '@pnyx/api/spaces';

/** A post's latest pin state in its space: a pinned announcement heads the space's feed. */
@Entity({ name: 'feed_pin' })
@Index('feed_pin_space_idx', ['spaceId', 'changedAt'])
export class FeedPinEntity {
  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ type: 'boolean' })
  pinned!: boolean;

  /** When the latest pin or unpin happened (an older event changes nothing). */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
