import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

/** A comment on anything commentable (a page, later blog posts and proposals); it follows its subject's space. */
@Entity({ name: 'comment' })
@Index('comment_subject_idx', ['subjectType', 'subjectId', 'createdAt', 'id'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  /** The subject's space at the time of writing; null for subjects outside spaces. */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** Markdown as written. */
  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitised at write time. */
  @Column({ type: 'text' })
  html!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
