import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@pnyx/api/core/database';
import { UserEntity } from './user.entity';

export interface UserProfile {
  subject: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
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
      await tx.query(
        `UPDATE app_user SET username = username || '~' || left(md5(subject), 8), updated_at = now()
          WHERE lower(username) = lower($1) AND subject <> $2`,
        [profile.username, profile.subject],
      );
      return this.upsertRow(tx, profile);
    });
  }

  private async upsertRow(tx: Tx, profile: UserProfile): Promise<UserEntity> {
    const rows: UserEntity[] = await tx.query(
      `INSERT INTO app_user (subject, username, display_name, email, roles)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (subject) DO UPDATE SET
         username = EXCLUDED.username, display_name = EXCLUDED.display_name,
         email = EXCLUDED.email, roles = EXCLUDED.roles, updated_at = now()
       RETURNING id, subject, username, display_name AS "displayName", email, roles,
                 created_at AS "createdAt", updated_at AS "updatedAt"`,
      [profile.subject, profile.username, profile.displayName, profile.email, profile.roles],
    );
    return rows[0];
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.reader.getRepository(UserEntity).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany();
  }

  findByUsername(username: string, tx: Tx = this.tx.reader): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.username) = lower(:username)', { username }).getOne();
  }

  search(text: string | null, limit: number): Promise<UserEntity[]> {
    const query = this.tx.reader.getRepository(UserEntity).createQueryBuilder('u').orderBy('lower(u.username)').take(limit);
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.where('(u.username ILIKE :pattern OR u.display_name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    return query.getMany();
  }
}
