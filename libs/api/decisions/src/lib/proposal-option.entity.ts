import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/** One choice of a proposal, in display order. `code` names the fixed ones (yes, object, support…). */
@Entity({ name: 'proposal_option' })
@Unique('proposal_option_position_key', ['proposalId', 'position'])
@Unique('proposal_option_proposal_id_key', ['proposalId', 'id'])
@Index('proposal_option_proposal_idx', ['proposalId'])
export class ProposalOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Column({ type: 'text' })
  label!: string;
}
