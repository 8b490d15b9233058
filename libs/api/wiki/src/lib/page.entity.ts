import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

/**
 * A wiki page: its current version (title, body, rendered html) and its place
 * in the space's tree. Every version, the current one included, is also kept
 * whole in page_revision. `version` is bumped only by the guarded UPDATE in
 * PageRepository.updateContent (no @VersionColumn: it does not guard).
 */
@Entity({ name: 'page' })
@Index('page_space_tree_idx', ['spaceId', 'parentId', 'position'], { where: 'deleted_at IS NULL' })
@Index('page_parent_idx', ['parentId', 'position'], { where: 'deleted_at IS NULL' })
@Index('page_space_slug_key', ['spaceId', 'slug'], { unique: true, where: 'deleted_at IS NULL' })
@Check('page_title_length', 'char_length(title) BETWEEN 1 AND 200')
@Check('page_version_positive', 'version >= 1')
export class PageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => PageEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: PageEntity | null;

  /** Null: a root page (or a template). Always a page of the same space. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Order among siblings (then title). */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  /** The canonical slug, fixed at creation; old and alias slugs live in page_slug. */
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  body!: string;

  /** `body` rendered and sanitised, wiki links resolved. */
  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'int' })
  version!: number;

  /** Templates live in the space's templates area, outside the page tree. */
  @Column({ name: 'is_template', type: 'boolean', default: false })
  isTemplate!: boolean;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Soft delete: the page and its history stay for the record. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;
}
