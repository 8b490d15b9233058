import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PageEntity } from './page.entity';

/**
 * The `[[links]]` of a page's current version, one row per target. `to_page_id`
 * is filled when the target exists, and filled later when a page with that
 * slug appears, so backlinks are one indexed query.
 */
@Entity({ name: 'page_link' })
@Index('page_link_to_idx', ['toPageId'])
@Index('page_link_unresolved_idx', ['targetSpaceKey', 'targetKey'], { where: 'to_page_id IS NULL' })
export class PageLinkEntity {
  @PrimaryColumn({ name: 'from_page_id', type: 'uuid' })
  fromPageId!: string;

  /** Lower-case key of the target's space (the linking page's own space unless `[[KEY:Title]]`). */
  @PrimaryColumn({ name: 'target_space_key', type: 'text' })
  targetSpaceKey!: string;

  /** slugify(title): matched against page_slug. */
  @PrimaryColumn({ name: 'target_key', type: 'text' })
  targetKey!: string;

  @ManyToOne(() => PageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_page_id' })
  fromPage?: PageEntity;

  /** The title as written in the link. */
  @Column({ name: 'target_title', type: 'text' })
  targetTitle!: string;

  @Column({ name: 'to_page_id', type: 'uuid', nullable: true })
  toPageId!: string | null;

  @ManyToOne(() => PageEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'to_page_id' })
  toPage?: PageEntity | null;

  /** The version of the linking page these links were taken from. */
  @Column({ name: 'from_version', type: 'int' })
  fromVersion!: number;
}
