import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';

/** A person's mail settings: the language of their e-mail and the secret behind their unsubscribe links. */
@Entity({ name: 'notification_settings' })
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** en or de. */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  /** Random, per person: unsubscribe links carry HMAC(secret, kind), so a link works for its kind and person only. */
  @Column({ name: 'unsubscribe_secret', type: 'text' })
  unsubscribeSecret!: string;
}
