import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@pnyx/api/core/database';
import type { SpaceRole } from '@pnyx/shared/contracts';
import type { SelectQueryBuilder } from 'typeorm';
import { SpaceMemberEntity } from './space-member.entity';
import { SpaceEntity } from './space.entity';

/** A space together with the caller's role in it (null: not a member). */
export interface SpaceWithRole {
  space: SpaceEntity;
  role: SpaceRole | null;
}

const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === UNIQUE_VIOLATION;
}

@Injectable()
export class SpaceRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Spaces joined with the caller's membership, filtered to what they may read — in SQL. */
  private visible(userId: string, tx: Tx = this.tx.reader): SelectQueryBuilder<SpaceEntity> {
    return tx
      .getRepository(SpaceEntity)
      .createQueryBuilder('s')
      .leftJoin(SpaceMemberEntity, 'm', 'm.space_id = s.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'my_role')
      .where(`(s.visibility = 'PUBLIC' OR m.user_id IS NOT NULL)`);
  }

  private async withRole(query: SelectQueryBuilder<SpaceEntity>): Promise<SpaceWithRole[]> {
    const { entities, raw } = await query.getRawAndEntities<{ my_role: SpaceRole | null }>();
    return entities.map((space, i) => ({ space, role: raw[i].my_role ?? null }));
  }

  listVisible(userId: string): Promise<SpaceWithRole[]> {
    return this.withRole(this.visible(userId).orderBy('lower(s.name)').addOrderBy('s.id'));
  }

  async findVisibleByKey(userId: string, key: string): Promise<SpaceWithRole | null> {
    const [found] = await this.withRole(this.visible(userId).andWhere('lower(s.key) = lower(:key)', { key }));
    return found ?? null;
  }

  async findVisibleByIds(userId: string, ids: readonly string[], tx?: Tx): Promise<SpaceWithRole[]> {
    if (!ids.length) return [];
    return this.withRole(this.visible(userId, tx).andWhere('s.id = ANY(:ids)', { ids }));
  }

  async insert(tx: Tx, space: Pick<SpaceEntity, 'key' | 'name' | 'description' | 'visibility' | 'createdBy'>): Promise<SpaceEntity> {
    const result = await tx.insert(SpaceEntity, space);
    return tx.getRepository(SpaceEntity).findOneByOrFail({ id: result.identifiers[0]['id'] });
  }

  /** Adds the member, or changes their role; returns the role they had before (null: new). */
  async upsertMember(tx: Tx, spaceId: string, userId: string, role: SpaceRole, addedBy: string): Promise<SpaceRole | null> {
    const before = await tx.getRepository(SpaceMemberEntity).findOne({ where: { spaceId, userId }, lock: { mode: 'pessimistic_write' } });
    if (before) {
      if (before.role !== role) await tx.update(SpaceMemberEntity, { spaceId, userId }, { role });
      return before.role;
    }
    await tx.insert(SpaceMemberEntity, { spaceId, userId, role, addedBy });
    return null;
  }

  membersOf(spaceIds: readonly string[]): Promise<SpaceMemberEntity[]> {
    if (!spaceIds.length) return Promise.resolve([]);
    return this.tx.reader
      .getRepository(SpaceMemberEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.space_id = ANY(:spaceIds)', { spaceIds })
      .orderBy(`CASE m.role WHEN 'OWNER' THEN 0 ELSE 1 END`)
      .addOrderBy('lower(u.display_name)')
      .getMany();
  }
}
