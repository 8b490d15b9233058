import { Field, ID, InputType } from '@nestjs/graphql';
import { SpaceRole } from '@pnyx/shared/contracts';

@InputType('AddSpaceMemberInput')
export class AddSpaceMemberInput {
  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => SpaceRole)
  role!: SpaceRole;
}
