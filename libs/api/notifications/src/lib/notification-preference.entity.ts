import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';

/** A person's choice for one kind of notification; without a row the kind's default applies (`DEFAULT_PREFERENCES`). */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** NotificationKind. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp!: boolean;

  /** OFF, IMMEDIATE or DAILY. */
  @Column({ type: 'text' })
  email!: string;
}
