import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { BlogPostEntity } from './blog-post.entity';

/**
 * One version of a blog post, stored whole. Immutable: a trigger (see the
 * migration) refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'blog_post_revision' })
export class BlogPostRevisionEntity {
  @PrimaryColumn({ name: 'blog_post_id', type: 'uuid' })
  blogPostId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @ManyToOne(() => BlogPostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'blog_post_id' })
  blogPost?: BlogPostEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
