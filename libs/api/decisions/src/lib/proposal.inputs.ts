import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArgumentSide, DecisionProcess, ProposalOutcome } from './proposal.model';

@InputType('CreateProposalInput')
export class CreateProposalInput {
  @Field(() => ID)
  spaceId!: string;

  @Field(() => String, { description: '1 to 200 characters' })
  title!: string;

  @Field(() => String, { description: 'Markdown, at most 100,000 characters' })
  description!: string;

  @Field(() => DecisionProcess)
  process!: DecisionProcess;

  @Field(() => [String], { nullable: true, description: 'MAJORITY (instead of Yes/No/Abstain) and RANKED_CHOICE: 2 to 10 labels' })
  options?: string[] | null;

  @Field(() => GraphQLISODateTime, { description: 'In the future, at most 90 days ahead' })
  closesAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Percent of eligible voters who must vote (0–100, default 0)' })
  quorumPercent?: number | null;

  @Field(() => [String], { nullable: true, description: 'ADVICE: members of the space asked for advice' })
  advisorUsernames?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Hide the running tally until close (default false)' })
  hideTally?: boolean | null;
}

@InputType('CastVoteInput')
export class CastVoteInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID, { nullable: true })
  optionId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'RANKED_CHOICE: option ids, most preferred first (all or some)' })
  ranking?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Required for Object, Concern and Oppose; at most 5,000 characters' })
  reason?: string | null;
}

@InputType('CloseProposalInput')
export class CloseProposalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'ADVICE: required, the decision statement' })
  statement?: string | null;

  @Field(() => ProposalOutcome, { nullable: true, description: 'ADVICE: required, ACCEPTED or REJECTED' })
  outcome?: ProposalOutcome | null;
}

@InputType('AddArgumentInput')
export class AddArgumentInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ArgumentSide)
  side!: ArgumentSide;

  @Field(() => String, { description: 'Markdown, 1 to 5,000 characters' })
  body!: string;
}

@InputType('DecisionFilter')
export class DecisionFilter {
  @Field(() => [ID], { nullable: true })
  spaceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  followedOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only proposals closing within this many hours' })
  closingWithinHours?: number | null;
}

@InputType('AmendProposalInput')
export class AmendProposalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the amendment started from; a stale one fails with CONFLICT' })
  baseVersion!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String)
  description!: string;
}

@InputType('ExtendProposalInput')
export class ExtendProposalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'Later than the current closing time, at most 90 days ahead' })
  closesAt!: Date;
}

@InputType('SetReviewDateInput')
export class SetReviewDateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'In the future, at most 5 years ahead; null clears it' })
  reviewAt?: Date | null;
}

@InputType('AddDissentInput')
export class AddDissentInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => String, { description: '1 to 5,000 characters' })
  body!: string;
}
