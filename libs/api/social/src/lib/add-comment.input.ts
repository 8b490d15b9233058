import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AddCommentInput')
export class AddCommentInput {
  @Field(() => ID, { description: 'The page (or other commentable node) to comment on' })
  subjectId!: string;

  @Field(() => String, { description: 'Markdown, 1 to 10,000 characters' })
  body!: string;
}
