import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PageEntity } from './page.entity';

@Entity({ name: 'page_label' })
@Index('page_label_label_idx', ['label', 'pageId'])
export class PageLabelEntity {
  @PrimaryColumn({ name: 'page_id', type: 'uuid' })
  pageId!: string;

  /** Normalised: lower case, no spaces (see validateLabels). */
  @PrimaryColumn({ type: 'text' })
  label!: string;

  @ManyToOne(() => PageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id' })
  page?: PageEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
