import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';

/**
 * One thing one person should know about, written by the notifications
 * consumer from a committed event (or by the closing-soon job). At most one
 * row per recipient and `dedupeKey`: a retried delivery, or the same event on
 * two API processes, inserts nothing twice (ON CONFLICT DO NOTHING).
 *
 * Later preferences and e-mail hang off `kind` and `recipientId`: a
 * preference filters the INSERT … SELECT (per recipient and kind); an e-mail
 * digest reads the unread rows or listens to `notification.added`.
 */
@Entity({ name: 'notification' })
@Unique('notification_dedupe_key', ['recipientId', 'dedupeKey'])
@Index('notification_recipient_idx', ['recipientId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['recipientId', 'createdAt'], { where: 'read_at IS NULL' })
@Index('notification_digest_idx', ['recipientId', 'createdAt'], { where: "email = 'DAILY' AND emailed_at IS NULL" })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  /** NotificationKind. */
  @Column({ type: 'text' })
  kind!: string;

  /** Who did it; null for what the schedule did (closing soon, closed at the deadline). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** The node type of the subject: Post, Comment, Page or Proposal. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /**
   * The space of what it is about (null: outside spaces). Lists and counts
   * show it only while the recipient may still read that space.
   */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId!: string | null;

  /** The web route that opens it (`/posts/<id>`, `/decisions/<id>#vote`, `/s/<key>/<slug>#comment-<id>`). */
  @Column({ type: 'text' })
  path!: string;

  /** A short title of what it is about (page, blog post or proposal title; the start of a post), as it was then. */
  @Column({ type: 'text' })
  title!: string;

  /** `<eventId>:<kind>`, or `closing-soon:<proposalId>`: what makes it exist once per recipient. */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** Shown in the app (the recipient's preference for its kind when it was written). */
  @Column({ name: 'in_app', type: 'boolean', default: true })
  inApp!: boolean;

  /** E-mail for it, as the preference said when it was written: OFF, IMMEDIATE or DAILY (the digest). */
  @Column({ type: 'text', default: 'OFF' })
  email!: string;

  /** When it went out by e-mail (alone or in a digest); null: not (yet). */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
