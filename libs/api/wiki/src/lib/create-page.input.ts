import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('CreatePageInput')
export class CreatePageInput {
  @Field(() => ID)
  spaceId!: string;

  @Field(() => ID, { nullable: true, description: 'Parent page in the same space; none: a root page' })
  parentId?: string | null;

  @Field(() => String, { description: '1 to 200 characters' })
  title!: string;

  @Field(() => String, { description: 'Markdown, at most 1 MB; empty with templateId: the template body' })
  body!: string;

  @Field(() => [String], { nullable: true })
  labels?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Start from this template: an empty body takes its body; its labels are added' })
  templateId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Create a template (in the space's templates area) instead of a page" })
  isTemplate?: boolean | null;
}
