import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { ProposalEntity } from './proposal.entity';

/** A point for (PRO) or against (CON) a proposal, argued in the open. */
@Entity({ name: 'argument' })
@Index('argument_proposal_idx', ['proposalId', 'createdAt', 'id'])
@Check('argument_side', "side IN ('PRO', 'CON')")
export class ArgumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ type: 'text' })
  side!: string;

  /** Markdown as written. */
  @Column({ type: 'text' })
  body!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
