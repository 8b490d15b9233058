import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, NodeModel } from '@pnyx/api/core/graphql';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  COMMENT = 'COMMENT',
  VOTE_REQUESTED = 'VOTE_REQUESTED',
  ADVICE_REQUESTED = 'ADVICE_REQUESTED',
  PROPOSAL_CLOSING_SOON = 'PROPOSAL_CLOSING_SOON',
  PROPOSAL_CLOSED = 'PROPOSAL_CLOSED',
  PAGE_UPDATED = 'PAGE_UPDATED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', { implements: () => [NodeModel], description: 'Something the recipient should know about; only they can see it' })
export class NotificationModel implements NodeModel {
  /** Internal, for field resolvers. */
  actorId!: string | null;
  subjectType!: string;
  subjectId!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => String, {
    description: 'Where the web opens it: /posts/<id>, /blog/<id>, /decisions/<id>#vote, /s/<spaceKey>/<slug>; a comment adds #comment-<commentId>',
  })
  path!: string;

  @Field(() => String, { description: 'A short title of what it is about, as it was when the notification was written' })
  title!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel extends Connection(NotificationModel) {
  @Field(() => Int, { description: "The recipient's unread notifications, all of them (not only this page)" })
  unreadCount!: number;
}
