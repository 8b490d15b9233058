import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from '@pnyx/api/spaces';

/**
 * A proposal: the question, its process and its state. The current text is
 * here; every amendment is also kept whole in proposal_revision. The outcome
 * columns are written once, by the close, together with the decision record.
 */
@Entity({ name: 'proposal' })
@Index('proposal_open_idx', ['closesAt', 'id'], { where: "status = 'OPEN'" })
@Index('proposal_space_idx', ['spaceId', 'status', 'closedAt'])
@Check('proposal_title_length', 'char_length(title) BETWEEN 1 AND 200')
@Check('proposal_process', "process IN ('MAJORITY', 'CONSENT', 'ADVICE', 'RANKED_CHOICE')")
@Check('proposal_status', "status IN ('OPEN', 'CLOSED', 'WITHDRAWN')")
@Check('proposal_outcome', "outcome IS NULL OR outcome IN ('ACCEPTED', 'REJECTED', 'NO_QUORUM')")
@Check('proposal_closed_has_outcome', "(status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL)")
@Check('proposal_quorum', 'quorum_percent BETWEEN 0 AND 100')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown as written (current version). */
  @Column({ type: 'text' })
  description!: string;

  /** `description` rendered and sanitised. */
  @Column({ type: 'text' })
  html!: string;

  /** 1 at opening, +1 per amendment. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'text' })
  process!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'outcome_statement', type: 'text', nullable: true })
  outcomeStatement!: string | null;

  @Column({ name: 'winning_option_id', type: 'uuid', nullable: true })
  winningOptionId!: string | null;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'quorum_percent', type: 'int', default: 0 })
  quorumPercent!: number;

  /** The space's members when the proposal opened (rows in proposal_voter). */
  @Column({ name: 'eligible_voter_count', type: 'int' })
  eligibleVoterCount!: number;

  /** Hide the running tally until close, so early votes do not herd later ones. */
  @Column({ name: 'hide_tally', type: 'boolean', default: false })
  hideTally!: boolean;

  /** When followers are reminded to look at the decision again. */
  @Column({ name: 'review_at', type: 'timestamptz', nullable: true })
  reviewAt!: Date | null;

  /** A manager's last nudge of the non-voters (once a day per proposal). */
  @Column({ name: 'nudged_at', type: 'timestamptz', nullable: true })
  nudgedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
