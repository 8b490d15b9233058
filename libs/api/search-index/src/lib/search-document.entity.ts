import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SpaceEntity } from '@pnyx/api/spaces';

/**
 * One searchable thing (a page, blog post, micro-post or proposal), as its
 * module described it: kept by the search consumer from committed events.
 * `tsv` weighs the title over the body and holds English and German stems.
 */
@Entity({ name: 'search_document' })
@Index('search_document_space_idx', ['spaceId'])
@Index('search_document_author_idx', ['authorId', 'occurredAt'])
@Index('search_document_date_idx', ['occurredAt'])
// GIN indexes, written by hand in the migration (TypeORM cannot describe them): full text, and trigrams for typos in titles.
@Index('search_document_tsv_idx', { synchronize: false })
@Index('search_document_title_trgm_idx', { synchronize: false })
export class SearchDocumentEntity {
  /** The node type: Page, BlogPost, Post, Proposal. */
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** Null: for every employee. */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  /** A draft: only this person finds it. Null: as the space allows. */
  @Column({ name: 'draft_of', type: 'uuid', nullable: true })
  draftOf!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** Plain text (from the rendered HTML), capped; the snippets come from it. */
  @Column({ type: 'text' })
  body!: string;

  /** Where the web app shows it, e.g. `/s/ENG/runbook`. */
  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'tsvector' })
  tsv!: string;

  /** The date results sort and filter by: published or created. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'indexed_at', type: 'timestamptz', default: () => 'now()' })
  indexedAt!: Date;
}
