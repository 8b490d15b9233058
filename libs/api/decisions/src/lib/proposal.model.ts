import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, NodeModel } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';
import { SpaceModel } from '@pnyx/api/spaces';

export const DecisionProcess = { ADVICE: 'ADVICE', CONSENT: 'CONSENT', MAJORITY: 'MAJORITY', RANKED_CHOICE: 'RANKED_CHOICE' } as const;
export type DecisionProcess = (typeof DecisionProcess)[keyof typeof DecisionProcess];
registerEnumType(DecisionProcess, { name: 'DecisionProcess' });

export const ProposalStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED', WITHDRAWN: 'WITHDRAWN' } as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

export const ProposalOutcome = { ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED', NO_QUORUM: 'NO_QUORUM' } as const;
export type ProposalOutcome = (typeof ProposalOutcome)[keyof typeof ProposalOutcome];
registerEnumType(ProposalOutcome, { name: 'ProposalOutcome' });

export const ArgumentSide = { PRO: 'PRO', CON: 'CON' } as const;
export type ArgumentSide = (typeof ArgumentSide)[keyof typeof ArgumentSide];
registerEnumType(ArgumentSide, { name: 'ArgumentSide' });

@ObjectType('ProposalOption')
export class ProposalOptionModel {
  uuid!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'yes/no/abstain, consent/concern/object, support/concern/oppose; null for custom options' })
  code!: string | null;
}

@ObjectType('OptionTally')
export class OptionTallyModel {
  @Field(() => ProposalOptionModel)
  option!: ProposalOptionModel;

  @Field(() => Int, { description: 'Votes for the option (RANKED_CHOICE: first preferences)' })
  votes!: number;

  @Field(() => Float, { nullable: true, description: 'RANKED_CHOICE: votes in the final instant-runoff round' })
  score!: number | null;
}

@ObjectType('Vote')
export class VoteModel {
  voterId!: string;
  proposalUuid!: string;
  optionUuid!: string | null;
  rankingUuids!: string[] | null;

  @Field(() => ID)
  id!: string;

  @Field(() => UserModel)
  voter?: UserModel;

  @Field(() => ProposalOptionModel, { nullable: true })
  option?: ProposalOptionModel | null;

  @Field(() => [ProposalOptionModel], { nullable: true })
  ranking?: ProposalOptionModel[] | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Int, { description: 'The proposal version this vote was cast or last confirmed on' })
  proposalVersion!: number;

  @Field(() => Boolean, { description: 'The proposal was amended after this vote was cast or confirmed' })
  outdated!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('Argument', { implements: () => [NodeModel] })
export class ArgumentModel extends NodeModel {
  authorId!: string;

  @Field(() => ArgumentSide)
  side!: ArgumentSide;

  @Field(() => String)
  body!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML of the body' })
  html!: string;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('VoterStatus', { description: 'An eligible voter and whether they have voted (never how, while the tally is hidden)' })
export class VoterStatusModel {
  userId!: string;

  @Field(() => UserModel)
  user?: UserModel;

  @Field(() => Boolean)
  hasVoted!: boolean;

  @Field(() => Boolean, { description: 'ADVICE: asked by the author for advice' })
  isAdvisor!: boolean;
}

@ObjectType('ProposalRevision', { description: 'One version of the proposal text (1 at opening, one per amendment)' })
export class ProposalRevisionModel {
  authorId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Dissent', { description: 'A minority statement by a voter who objected or opposed; part of the record' })
export class DissentModel {
  userId!: string;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => String)
  body!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('DecisionRecord', { description: 'The immutable record written when the proposal closed' })
export class DecisionRecordModel {
  @Field(() => String, { description: 'sha256 (hex) of the canonical JSON of the record; the audit row of the close carries it' })
  hash!: string;

  @Field(() => GraphQLISODateTime)
  closedAt!: Date;

  @Field(() => String, { description: 'The record as Markdown' })
  markdown!: string;

  @Field(() => String, { description: 'The record as JSON, with its hash and the audit-chain entry that carries it, for offline checks' })
  json!: string;

  @Field(() => String, { description: 'Ballots as CSV: voter, choice, ranking, reason, times' })
  ballotsCsv!: string;

  @Field(() => String, { nullable: true, description: 'RANKED_CHOICE: ballots in the BLT format counting programs read' })
  ballotsBlt!: string | null;
}

@ObjectType('Proposal', { implements: () => [NodeModel] })
export class ProposalModel extends NodeModel {
  uuid!: string;
  spaceId!: string;
  authorId!: string;
  winningOptionUuid!: string | null;
  hideTally!: boolean;

  @Field(() => SpaceModel)
  space?: SpaceModel;

  @Field(() => UserModel)
  author?: UserModel;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown (current version)' })
  description!: string;

  @Field(() => String, { description: 'Rendered, sanitised HTML of the description' })
  html!: string;

  @Field(() => Int, { description: '1 at opening, +1 per amendment' })
  version!: number;

  @Field(() => DecisionProcess)
  process!: DecisionProcess;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => ProposalOutcome, { nullable: true })
  outcome!: ProposalOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeStatement!: string | null;

  @Field(() => ProposalOptionModel, { nullable: true })
  winningOption?: ProposalOptionModel | null;

  @Field(() => [ProposalOptionModel])
  options?: ProposalOptionModel[];

  @Field(() => GraphQLISODateTime)
  closesAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'ADVICE left undecided at closesAt: closes as REJECTED at this time' })
  decisionDeadline!: Date | null;

  @Field(() => Int)
  quorumPercent!: number;

  @Field(() => Boolean, { description: 'The running tally is hidden until close' })
  tallyHidden!: boolean;

  @Field(() => Int)
  eligibleVoterCount!: number;

  // Resolved by plain resolvers (ProposalFieldsResolver.registerPlainFields), never set on the model.
  @Field(() => Int)
  voteCount?: number;

  @Field(() => Float, { description: 'Votes cast / eligible voters (0 to 1)' })
  participation?: number;

  @Field(() => ProposalOptionModel, { nullable: true, description: 'The option with the most votes so far (null on a tie, without votes, or while the tally is hidden)' })
  leadingOption?: ProposalOptionModel | null;

  @Field(() => Int, { nullable: true, description: 'Object and Oppose votes so far (null while the tally is hidden)' })
  objectionCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Concern votes so far (null while the tally is hidden)' })
  concernCount?: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Followers are reminded to review the decision on this date' })
  reviewAt!: Date | null;
}

@ObjectType('ProposalConnection')
export class ProposalConnectionModel extends Connection(ProposalModel) {}

@ObjectType('OutcomeCount')
export class OutcomeCountModel {
  @Field(() => ProposalOutcome)
  outcome!: ProposalOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DecisionsPerMonth')
export class DecisionsPerMonthModel {
  @Field(() => String, { description: 'YYYY-MM (UTC)' })
  month!: string;

  @Field(() => [OutcomeCountModel])
  outcomes!: OutcomeCountModel[];
}

@ObjectType('ParticipationBucket')
export class ParticipationBucketModel {
  @Field(() => Int, { description: 'Lower bound in percent (0, 10, … 90); the last bucket includes 100' })
  fromPercent!: number;

  @Field(() => Int)
  toPercent!: number;

  @Field(() => Int, { description: 'Closed proposals whose participation fell in the bucket' })
  count!: number;
}

@ObjectType('DecisionStats', { description: 'Closed decisions in the spaces the caller can see, over the last 12 months' })
export class DecisionStatsModel {
  @Field(() => [DecisionsPerMonthModel])
  perMonth!: DecisionsPerMonthModel[];

  @Field(() => Float, { nullable: true, description: 'Median hours from opening to decision; null without decisions' })
  medianHoursToDecision!: number | null;

  @Field(() => [ParticipationBucketModel])
  participation!: ParticipationBucketModel[];

  @Field(() => Int)
  decided!: number;
}
