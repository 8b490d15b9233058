import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { SpaceEntity } from '@pnyx/api/spaces';
import { ProposalEntity } from './proposal.entity';

/**
 * What was decided, frozen at close: question, process, outcome, statement,
 * tally, participation, votes with reasons, arguments. Written once by the
 * close in the same transaction; a trigger refuses UPDATE, DELETE and
 * TRUNCATE, and no API changes it. `hash` is sha256 over `content` in
 * canonical JSON; the audit row of the close carries the same hash.
 */
@Entity({ name: 'decision_record' })
@Index('decision_record_space_idx', ['spaceId', 'closedAt', 'proposalId'])
export class DecisionRecordEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @OneToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
