import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@pnyx/api/core/database';
import { UnitOfWork } from '@pnyx/api/core/events';
import { uuidOf, type AuthUser } from '@pnyx/api/core/graphql';
import { UserRepository } from '@pnyx/api/identity';
import { SpaceRole } from '@pnyx/shared/contracts';
import type { AddSpaceMemberInput } from './add-space-member.input';
import type { CreateSpaceInput } from './create-space.input';
import { SpaceAccess } from './space-access';
import { SpaceLifecycle } from './space-lifecycle';
import type { SpaceEntity } from './space.entity';
import { SpaceException } from './space.exception';
import { validateCreateSpace, validateRole } from './space-input.validation';
import { SpaceRepository } from './space.repository';

/** The space uuid behind a global id, or NOT_FOUND naming `field`. */
export function spaceUuid(globalId: string, field = 'spaceId'): string {
  return uuidOf(globalId, 'Space', field, SpaceException.spaceNotFound);
}

@Injectable()
export class SpaceService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly spaces: SpaceRepository,
    private readonly access: SpaceAccess,
    private readonly users: UserRepository,
    private readonly lifecycle: SpaceLifecycle,
  ) {}

  /** Creates the space with the caller as its owner. */
  async create(user: AuthUser, input: CreateSpaceInput): Promise<SpaceEntity> {
    const valid = validateCreateSpace(input);
    try {
      return await this.uow.run(user, async (uc) => {
        const created = await this.spaces.insert(uc.tx, { ...valid, createdBy: user.id });
        await this.spaces.upsertMember(uc.tx, created.id, user.id, 'OWNER', user.id);
        await this.lifecycle.created(uc, created);
        await uc.record({
          type: 'space.created',
          aggregateType: 'Space',
          aggregateId: created.id,
          spaceId: created.id,
          payload: { key: created.key, name: created.name, visibility: created.visibility, owner: user.username },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw SpaceException.keyTaken(valid.key);
      throw error;
    }
  }

  /**
   * Adds a person to the space (or changes their role); owners only. The last
   * owner cannot be demoted. Member changes of one space are serialised on the
   * space row, taken before the caller's role is read, so two owners demoting
   * each other at once cannot both succeed: the second finds itself demoted.
   */
  async addMember(user: AuthUser, input: AddSpaceMemberInput): Promise<SpaceEntity> {
    const spaceId = spaceUuid(input.spaceId);
    const role = validateRole(input.role);
    const username = input.username.trim();
    if (!username) throw SpaceException.badInput('username', 'username must not be empty');

    return this.uow.run(user, async (uc) => {
      // Its own statement, before any read it protects (each later statement sees what committed while it waited).
      await this.spaces.lockForMemberChange(uc.tx, spaceId);
      const found = await this.access.requireManageable(user, spaceId, uc.tx);
      const member = await this.users.findByUsername(username, uc.tx);
      if (!member) throw SpaceException.userNotFound(username);
      if (role !== SpaceRole.OWNER && (await this.spaces.countOtherOwners(uc.tx, found.space.id, member.id)) === 0) throw SpaceException.lastOwner();
      const before = await this.spaces.upsertMember(uc.tx, found.space.id, member.id, role, user.id);
      if (before === role) return found.space;
      await uc.record({
        type: 'space.member_added',
        aggregateType: 'Space',
        aggregateId: found.space.id,
        spaceId: found.space.id,
        payload: { userId: member.id, username: member.username, role, previousRole: before },
      });
      return found.space;
    });
  }
}
