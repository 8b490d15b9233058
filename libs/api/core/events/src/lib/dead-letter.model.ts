import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@pnyx/api/core/graphql';

@ObjectType('DeadLetter', { description: 'A committed event one consumer failed to handle after all its attempts' })
export class DeadLetterModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The consumer that failed (search, notifications, …)' })
  consumer!: string;

  @Field(() => ID, { description: 'The outbox id of the event' })
  eventId!: string;

  @Field(() => String, { nullable: true, description: 'The event type, e.g. page.updated (null if the event is no longer kept)' })
  eventType!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'First line of the last error, at most 500 characters' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime)
  failedAt!: Date;
}

@ObjectType('DeadLetterConnection')
export class DeadLetterConnectionModel extends Connection(DeadLetterModel) {}
