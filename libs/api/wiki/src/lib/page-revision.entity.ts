import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { PageEntity } from './page.entity';

/**
 * One version of a page, stored whole. Immutable: a trigger (see the
 * migration) refuses UPDATE and DELETE.
 */
@Entity({ name: 'page_revision' })
export class PageRevisionEntity {
  @PrimaryColumn({ name: 'page_id', type: 'uuid' })
  pageId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @ManyToOne(() => PageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'page_id' })
  page?: PageEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The edit summary, as given. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /** Set when this version restored an older one. */
  @Column({ name: 'restored_from', type: 'int', nullable: true })
  restoredFrom!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
