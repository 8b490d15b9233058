import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('UpdatePageInput')
export class UpdatePageInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit started from; a stale one fails with CONFLICT and nothing is written' })
  baseVersion!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Edit summary, at most 500 characters' })
  summary?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the labels when given' })
  labels?: string[] | null;
}
