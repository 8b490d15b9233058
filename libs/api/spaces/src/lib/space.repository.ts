import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { SpaceRole } from '@pnyx/shared/contracts';
import { readableSpacesSql } from './readable-spaces.sql';
import type { SpaceMemberEntity } from './space-member.entity';
import type { SpaceEntity } from './space.entity';

/** Kept while callers still import it from here; the one in core is the only implementation. */

/** A space together with the caller's role in it (null: not a member). */
export interface SpaceWithRole {
  space: SpaceEntity;
  role: SpaceRole | null;
}

/** The columns of `space` under `alias`, named as SpaceEntity's properties. */
const SPACE_COLUMNS = (a: string) =>
  `${a}.id, ${a}.key, ${a}.name, ${a}.description, ${a}.visibility, ${a}.created_by AS "createdBy", ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt"`;

/**
 * For another module's statement that joins `space` under `spaceAlias` and the
 * viewer's `space_member` row under `memberAlias` (a LEFT JOIN), having checked
 * readableSpacesSql: the columns, named `space.<property>`. `joinedSpace`
 * reads them back (to prime SpaceAccess.readable).
 */
export function joinedSpaceColumns(spaceAlias: string, memberAlias: string): string {
  const s = spaceAlias;
  return `${s}.id AS "space.id", ${s}.key AS "space.key", ${s}.name AS "space.name", ${s}.description AS "space.description",
    ${s}.visibility AS "space.visibility", ${s}.created_by AS "space.createdBy", ${s}.created_at AS "space.createdAt",
    ${s}.updated_at AS "space.updatedAt", ${memberAlias}.role AS "space.myRole"`;
}

/** The space and the viewer's role in a row selected with `joinedSpaceColumns`. */
export function joinedSpace(row: Record<string, unknown>): SpaceWithRole {
  const space = {
    id: row['space.id'],
    key: row['space.key'],
    name: row['space.name'],
    description: row['space.description'],
    visibility: row['space.visibility'],
    createdBy: row['space.createdBy'],
    createdAt: row['space.createdAt'],
    updatedAt: row['space.updatedAt'],
  } as SpaceEntity;
  return { space, role: (row['space.myRole'] as SpaceRole | null) ?? null };
}

const MEMBER_COLUMNS = (a: string) => `${a}.space_id AS "spaceId", ${a}.user_id AS "userId", ${a}.role, ${a}.added_by AS "addedBy", ${a}.created_at AS "createdAt"`;

@Injectable()
export class SpaceRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Spaces the viewer may read (the readable-spaces fragment), each with the
   * viewer's role from their membership row, narrowed by `where` — in SQL.
   */
  private async visible(viewerId: string, where: string, params: Record<string, unknown>, tx: Tx = this.tx.reader): Promise<SpaceWithRole[]> {
    const rows = await namedQuery<SpaceEntity & { myRole: SpaceRole | null }>(
      tx,
      `SELECT ${SPACE_COLUMNS('s')}, m.role AS "myRole"
         FROM space s LEFT JOIN space_member m ON m.space_id = s.id AND m.user_id = :viewerId
        WHERE ${readableSpacesSql('s.id')} ${where}`,
      { ...params, viewerId },
    );
    return rows.map(({ myRole, ...space }) => ({ space, role: myRole ?? null }));
  }

  listVisible(userId: string): Promise<SpaceWithRole[]> {
    return this.visible(userId, 'ORDER BY lower(s.name), s.id', {});
  }

  async findVisibleByKey(userId: string, key: string): Promise<SpaceWithRole | null> {
    const [found] = await this.visible(userId, 'AND lower(s.key) = lower(:key)', { key });
    return found ?? null;
  }

  /** The spaces each of `memberIds` belongs to that the viewer may read, by name (a profile's "Spaces"). */
  async membershipsVisibleTo(viewerId: string, memberIds: readonly string[]): Promise<(SpaceEntity & { memberId: string })[]> {
    if (!memberIds.length) return [];
    return namedQuery(
      this.tx.reader,
      `SELECT ${SPACE_COLUMNS('s')}, pm.user_id AS "memberId"
         FROM space_member pm JOIN space s ON s.id = pm.space_id
        WHERE pm.user_id = ANY(CAST(:memberIds AS uuid[])) AND ${readableSpacesSql('s.id')}
        ORDER BY lower(s.name), s.id`,
      { viewerId, memberIds },
    );
  }

  async findVisibleByIds(userId: string, ids: readonly string[], tx?: Tx): Promise<SpaceWithRole[]> {
    if (!ids.length) return [];
    return this.visible(userId, 'AND s.id = ANY(CAST(:ids AS uuid[]))', { ids }, tx);
  }

  async insert(tx: Tx, space: Pick<SpaceEntity, 'key' | 'name' | 'description' | 'visibility' | 'createdBy'>): Promise<SpaceEntity> {
    const [created] = await namedQuery<SpaceEntity>(
      tx,
      `INSERT INTO space AS s (key, name, description, visibility, created_by)
       VALUES (:key, :name, :description, :visibility, :createdBy)
       RETURNING ${SPACE_COLUMNS('s')}`,
      { key: space.key, name: space.name, description: space.description ?? null, visibility: space.visibility, createdBy: space.createdBy },
    );
    return created;
  }

  /**
   * Locks the space row for a change of its members: every such change takes
   * this lock first, so two of them on one space run one after the other and
   * the second reads what the first committed. FOR NO KEY UPDATE: rows that
   * only reference the space (pages, posts) are still inserted meanwhile.
   */
  async lockForMemberChange(tx: Tx, spaceId: string): Promise<void> {
    await namedQuery(tx, 'SELECT 1 FROM space WHERE id = :spaceId FOR NO KEY UPDATE', { spaceId });
  }

  /** How many owners the space has besides `userId`. */
  async countOtherOwners(tx: Tx, spaceId: string, userId: string): Promise<number> {
    const [row] = await namedQuery<{ count: number }>(
      tx,
      `SELECT count(*)::int AS count FROM space_member WHERE space_id = :spaceId AND role = 'OWNER' AND user_id <> :userId`,
      { spaceId, userId },
    );
    return row.count;
  }

  /**
   * Adds the member, or changes their role; returns the role they had before
   * (null: new). One statement: the old row is read and locked, the new one
   * written (a changed role only), both in the same snapshot.
   */
  async upsertMember(tx: Tx, spaceId: string, userId: string, role: SpaceRole, addedBy: string): Promise<SpaceRole | null> {
    const [row] = await namedQuery<{ before: SpaceRole | null }>(
      tx,
      `WITH before AS (
         SELECT role FROM space_member WHERE space_id = :spaceId AND user_id = :userId FOR UPDATE),
       written AS (
         INSERT INTO space_member AS m (space_id, user_id, role, added_by) VALUES (:spaceId, :userId, :role, :addedBy)
         ON CONFLICT (space_id, user_id) DO UPDATE SET role = EXCLUDED.role WHERE m.role <> EXCLUDED.role
         RETURNING 1)
       SELECT (SELECT role FROM before) AS before`,
      { spaceId, userId, role, addedBy },
    );
    return row.before ?? null;
  }

  /** Members of the spaces: owners first, then by display name. */
  membersOf(spaceIds: readonly string[]): Promise<SpaceMemberEntity[]> {
    if (!spaceIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT ${MEMBER_COLUMNS('m')} FROM space_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.space_id = ANY(CAST(:spaceIds AS uuid[]))
        ORDER BY CASE m.role WHEN 'OWNER' THEN 0 ELSE 1 END, lower(u.display_name), m.user_id`,
      { spaceIds },
    );
  }
}
