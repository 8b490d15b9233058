import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NodeModel } from '@pnyx/api/core/graphql';
import { UserModel } from '@pnyx/api/identity';
import { SpaceRole, SpaceVisibility } from '@pnyx/shared/contracts';

registerEnumType(SpaceVisibility, { name: 'SpaceVisibility' });
registerEnumType(SpaceRole, { name: 'SpaceRole' });

@ObjectType('SpaceMember')
export class SpaceMemberModel {
  /** Resolved through the user loader. */
  userId!: string;

  @Field(() => UserModel)
  user?: UserModel;

  @Field(() => SpaceRole)
  role!: SpaceRole;

  @Field(() => GraphQLISODateTime, { description: 'When the person joined the space' })
  since!: Date;
}

@ObjectType('Space', { implements: () => [NodeModel] })
export class SpaceModel extends NodeModel {
  /** Internal id, for field resolvers. */
  uuid!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => SpaceVisibility)
  visibility!: SpaceVisibility;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
