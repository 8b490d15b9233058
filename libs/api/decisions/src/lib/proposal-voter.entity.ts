import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { ProposalEntity } from './proposal.entity';

/** Who may vote: the space's members when the proposal opened (a snapshot), and the advisors asked (ADVICE). */
@Entity({ name: 'proposal_voter' })
export class ProposalVoterEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'is_advisor', type: 'boolean', default: false })
  isAdvisor!: boolean;
}
