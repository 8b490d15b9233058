import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReactionCount', { description: 'How many people reacted to a subject with one emoji' })
export class ReactionCountModel {
  @Field(() => String)
  emoji!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Boolean)
  reactedByMe!: boolean;
}

@InputType('ReactInput')
export class ReactInput {
  @Field(() => ID, { description: 'The page, proposal, post (any node that takes reactions)' })
  subjectId!: string;

  @Field(() => String, { description: 'One of 👍 ❤️ 🎉 😄 🤔 👀' })
  emoji!: string;
}
