import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';

/**
 * One person's reaction with one emoji to one subject (a page, proposal, post…).
 * The primary key makes it unique per subject, emoji and user: a second
 * reaction changes nothing, so counts stay right under concurrency.
 */
@Entity({ name: 'reaction' })
@Check('reaction_emoji', "emoji IN ('👍', '❤️', '🎉', '😄', '🤔', '👀')")
export class ReactionEntity {
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @PrimaryColumn({ type: 'text' })
  emoji!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
