import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

export type BlogPostStatus = 'DRAFT' | 'PUBLISHED';

/**
 * A blog post: personal (no space) or in a space's blog. A draft is its
 * author's only; once published it follows its space (personal: every
 * employee). The current text is here; every version is in blog_post_revision.
 */
@Entity({ name: 'blog_post' })
@Index('blog_post_space_idx', ['spaceId', 'publishedAt', 'id'])
@Index('blog_post_author_idx', ['authorId', 'publishedAt', 'id'])
@Index('blog_post_published_idx', ['publishedAt', 'id'], { where: 'published_at IS NOT NULL' })
@Check('blog_post_status', "status IN ('DRAFT', 'PUBLISHED')")
@Check('blog_post_published_at', "(status = 'PUBLISHED') = (published_at IS NOT NULL)")
export class BlogPostEntity {
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

  /** Null: a personal post. */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown as written. */
  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitised at write time. */
  @Column({ type: 'text' })
  html!: string;

  /** Normalised tags (lower case, NFC), at most 10, in the order given. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', default: 'DRAFT' })
  status!: BlogPostStatus;

  /** The current version (1 when created); blog_post_revision keeps each one. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
