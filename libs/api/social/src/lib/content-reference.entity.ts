import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * "This page links to that proposal": a link from one piece of content to
 * another found in its Markdown, so the target can show what links to it.
 * Written by the source's module on every save (replaced whole); the title
 * and path are the source's at that save. Follows the source's space.
 */
@Entity({ name: 'content_reference' })
@Index('content_reference_target_idx', ['targetType', 'targetId'])
export class ContentReferenceEntity {
  @PrimaryColumn({ name: 'source_type', type: 'text' })
  sourceType!: string;

  @PrimaryColumn({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @PrimaryColumn({ name: 'target_type', type: 'text' })
  targetType!: string;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  @Column({ name: 'source_title', type: 'text' })
  sourceTitle!: string;

  /** Where the web app shows the source, e.g. /s/ENG/architecture-overview. */
  @Column({ name: 'source_path', type: 'text' })
  sourcePath!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
