import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ProposalOptionEntity } from './proposal-option.entity';
import { ProposalVoterEntity } from './proposal-voter.entity';

/**
 * A voter's current vote. One per person per proposal (the unique key), cast
 * only by an eligible voter (the foreign key to proposal_voter), for an option
 * of the same proposal (the composite foreign key). Changing a vote updates
 * this row; every cast and change is in the audit log.
 */
@Entity({ name: 'vote' })
@Unique('vote_one_per_voter', ['proposalId', 'voterId'])
@Index('vote_proposal_idx', ['proposalId', 'updatedAt'])
@Check('vote_choice', '(option_id IS NULL) <> (ranking IS NULL)')
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => ProposalVoterEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'proposal_id', referencedColumnName: 'proposalId' },
    { name: 'voter_id', referencedColumnName: 'userId' },
  ])
  voter?: ProposalVoterEntity;

  @ManyToOne(() => ProposalOptionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn([
    { name: 'proposal_id', referencedColumnName: 'proposalId' },
    { name: 'option_id', referencedColumnName: 'id' },
  ])
  option?: ProposalOptionEntity | null;

  /** The chosen option (every process but RANKED_CHOICE). */
  @Column({ name: 'option_id', type: 'uuid', nullable: true })
  optionId!: string | null;

  /** RANKED_CHOICE: option ids, most preferred first (all or some). */
  @Column({ type: 'uuid', array: true, nullable: true })
  ranking!: string[] | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The proposal version the voter last confirmed. */
  @Column({ name: 'proposal_version', type: 'int', default: 1 })
  proposalVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
