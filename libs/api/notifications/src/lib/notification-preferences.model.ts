import { Field, GraphQLISODateTime, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from './notification.model';
import { EmailMode } from './notification-preferences';

registerEnumType(EmailMode, { name: 'EmailMode', description: 'E-mail for a kind of notification: none, as it happens, or in the daily digest (07:00 UTC)' });

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Boolean, { description: 'Shown in the app (the bell)' })
  inApp!: boolean;

  @Field(() => EmailMode)
  email!: EmailMode;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsModel {
  @Field(() => String, { description: 'The language of notification e-mail: en or de' })
  language!: string;

  @Field(() => [NotificationPreferenceModel], { description: 'One per kind, the default where the caller chose nothing' })
  preferences!: NotificationPreferenceModel[];
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Boolean)
  inApp!: boolean;

  @Field(() => EmailMode)
  email!: EmailMode;
}

@ObjectType('OutboxMail', { description: 'A mail written to the outbox folder (no SMTP server configured)' })
export class OutboxMailModel {
  @Field(() => String)
  file!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => GraphQLISODateTime)
  date!: Date;
}
