import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { SpaceEntity } from '@pnyx/api/spaces';
import { PageEntity } from './page.entity';

/**
 * Every slug that leads to a page in its space: the canonical one, and the
 * slug of every title it has had (so old URLs and `[[Old title]]` links keep
 * working after a rename). Unique per space; released when the page is deleted.
 */
@Entity({ name: 'page_slug' })
@Index('page_slug_page_idx', ['pageId'])
export class PageSlugEntity {
  @PrimaryColumn({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @PrimaryColumn({ type: 'text' })
  slug!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ name: 'page_id', type: 'uuid' })
  pageId!: string;

  @ManyToOne(() => PageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id' })
  page?: PageEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
