import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NodeModel } from '@pnyx/api/core/graphql';
import { Role } from '@pnyx/shared/contracts';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User', { implements: () => [NodeModel] })
export class UserModel extends NodeModel {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [Role])
  roles!: Role[];
}
