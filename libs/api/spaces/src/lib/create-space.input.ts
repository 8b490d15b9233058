import { Field, InputType } from '@nestjs/graphql';
import { SpaceVisibility } from '@pnyx/shared/contracts';

@InputType('CreateSpaceInput')
export class CreateSpaceInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SpaceVisibility)
  visibility!: SpaceVisibility;
}
