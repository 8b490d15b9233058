import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { UserEntity } from './user.entity';

export interface UserProfile {
  subject: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
}

/** Each column of `app_user` and the UserEntity property it fills. */
const USER_FIELDS: readonly (readonly [column: string, property: keyof UserEntity])[] = [
  ['id', 'id'],
  ['subject', 'subject'],
  ['username', 'username'],
  ['display_name', 'displayName'],
  ['email', 'email'],
  ['roles', 'roles'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
];

/** The columns of `app_user` under `alias`, named as UserEntity's properties. */
const USER_COLUMNS = (a: string) => USER_FIELDS.map(([column, property]) => `${a}.${column} AS "${property}"`).join(', ');

/** Column-name prefix of `joinedUserColumns`. */
const JOINED = 'user.';

/**
 * For another module's statement that joins `app_user` under `alias`: its
 * columns, each named `user.<property>`. `joinedUser` reads them back (to
 * prime UserLoader, so a user field costs no statement of its own).
 */
export function joinedUserColumns(alias: string): string {
  return USER_FIELDS.map(([column, property]) => `${alias}.${column} AS "${JOINED}${property}"`).join(', ');
}

/** The user in a row selected with `joinedUserColumns`. */
export function joinedUser(row: Record<string, unknown>): UserEntity {
  return {
    id: row['user.id'],
    subject: row['user.subject'],
    username: row['user.username'],
    displayName: row['user.displayName'],
    email: row['user.email'],
    roles: row['user.roles'],
    createdAt: row['user.createdAt'],
    updatedAt: row['user.updatedAt'],
  } as UserEntity;
}

@Injectable()
export class UserRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Insert or update by subject; returns the row. A username now held by a
   * new subject (the old account was deleted or renamed at the provider) is
   * taken from the stale row, which keeps its history under a suffixed name.
   */
  upsert(profile: UserProfile): Promise<UserEntity> {
    return this.tx.run(async (tx) => {
      await namedQuery(
        tx,
        `UPDATE app_user SET username = username || '~' || left(md5(subject), 8), updated_at = now()
          WHERE lower(username) = lower(:username) AND subject <> :subject`,
        { username: profile.username, subject: profile.subject },
      );
      return this.upsertRow(tx, profile);
    });
  }

  private async upsertRow(tx: Tx, profile: UserProfile): Promise<UserEntity> {
    const [row] = await namedQuery<UserEntity>(
      tx,
      `INSERT INTO app_user AS u (subject, username, display_name, email, roles)
       VALUES (:subject, :username, :displayName, :email, :roles)
       ON CONFLICT (subject) DO UPDATE SET
         username = EXCLUDED.username, display_name = EXCLUDED.display_name,
         email = EXCLUDED.email, roles = EXCLUDED.roles, updated_at = now()
       RETURNING ${USER_COLUMNS('u')}`,
      { subject: profile.subject, username: profile.username, displayName: profile.displayName, email: profile.email, roles: profile.roles },
    );
    return row;
  }

  findByIds(ids: readonly string[], tx: Tx = this.tx.reader): Promise<UserEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(tx, `SELECT ${USER_COLUMNS('u')} FROM app_user u WHERE u.id = ANY(CAST(:ids AS uuid[]))`, { ids });
  }

  async findByUsername(username: string, tx: Tx = this.tx.reader): Promise<UserEntity | null> {
    const [user] = await namedQuery<UserEntity>(tx, `SELECT ${USER_COLUMNS('u')} FROM app_user u WHERE lower(u.username) = lower(:username)`, { username });
    return user ?? null;
  }

  /** The users with these usernames (case-insensitive); unknown names are left out. */
  findByUsernames(usernames: readonly string[], tx: Tx = this.tx.reader): Promise<UserEntity[]> {
    if (!usernames.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT ${USER_COLUMNS('u')} FROM app_user u WHERE lower(u.username) = ANY(CAST(:names AS text[]))`,
      { names: usernames.map((n) => n.toLowerCase()) },
    );
  }

  /** Up to `limit` users by username; with `text`, those whose username, name or email contains it. */
  search(text: string | null, limit: number): Promise<UserEntity[]> {
    const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return namedQuery(
      this.tx.reader,
      `SELECT ${USER_COLUMNS('u')} FROM app_user u
        ${pattern ? 'WHERE u.username ILIKE :pattern OR u.display_name ILIKE :pattern OR u.email ILIKE :pattern' : ''}
        ORDER BY lower(u.username) LIMIT :limit`,
      { pattern, limit },
    );
  }
}
