import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { AuditLog } from '@pnyx/api/audit';
import { UserRepository } from '@pnyx/api/identity';
import { AuditAction, DomainEventType, decodeId } from '@pnyx/shared/contracts';
import type { AddSpaceMemberInput } from './add-space-member.input';
import type { CreateSpaceInput } from './create-space.input';
import { SpaceAccess } from './space-access';
import { SpaceLifecycle } from './space-lifecycle';
import type { SpaceEntity } from './space.entity';
import { SpaceException } from './space.exception';
import { validateCreateSpace, validateRole } from './space-input.validation';
import { SpacePolicy } from './space.policy';
import { SpaceRepository, isUniqueViolation } from './space.repository';

@Injectable()
export class SpaceService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceRepository,
    private readonly access: SpaceAccess,
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly lifecycle: SpaceLifecycle,
  ) {}

  /** Creates the space with the caller as its owner. */
  async create(user: AuthUser, input: CreateSpaceInput): Promise<SpaceEntity> {
    const valid = validateCreateSpace(input);
    let space: SpaceEntity;
    try {
      space = await this.tx.run(async (tx) => {
        const created = await this.spaces.insert(tx, { ...valid, createdBy: user.id });
        await this.spaces.upsertMember(tx, created.id, user.id, 'OWNER', user.id);
        await this.lifecycle.created(tx, created, user);
        await this.audit.record(tx, {
          actorId: user.id,
          action: AuditAction.SpaceCreated,
          subjectType: 'Space',
          subjectId: created.id,
          spaceId: created.id,
          data: { key: created.key, visibility: created.visibility, owner: user.username },
        });
        await this.outbox.record(tx, {
          type: DomainEventType.SpaceCreated,
          aggregateType: 'Space',
          aggregateId: created.id,
          spaceId: created.id,
          actorId: user.id,
          payload: { key: created.key, name: created.name, visibility: created.visibility },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw SpaceException.keyTaken(valid.key);
      throw error;
    }
    this.relay.nudge();
    return space;
  }

  /** Adds a person to the space (or changes their role); owners only. */
  async addMember(user: AuthUser, input: AddSpaceMemberInput): Promise<SpaceEntity> {
    const decoded = decodeId(input.spaceId);
    if (!decoded || decoded.type !== 'Space') throw SpaceException.spaceNotFound('spaceId');
    const role = validateRole(input.role);
    const username = input.username.trim();
    if (!username) throw SpaceException.badInput('username', 'username must not be empty');

    const space = await this.tx.run(async (tx) => {
      const found = await this.access.requireReadable(user, decoded.id, tx);
      if (!SpacePolicy.canManageMembers(found.role)) throw SpaceException.notOwner();
      const member = await this.users.findByUsername(username, tx);
      if (!member) throw SpaceException.userNotFound(username);
      const before = await this.spaces.upsertMember(tx, found.space.id, member.id, role, user.id);
      if (before === role) return found.space;
      await this.audit.record(tx, {
        actorId: user.id,
        action: before ? AuditAction.SpaceMemberRoleChanged : AuditAction.SpaceMemberAdded,
        subjectType: 'Space',
        subjectId: found.space.id,
        spaceId: found.space.id,
        data: { username: member.username, userId: member.id, role, previousRole: before },
      });
      await this.outbox.record(tx, {
        type: DomainEventType.SpaceMemberAdded,
        aggregateType: 'Space',
        aggregateId: found.space.id,
        spaceId: found.space.id,
        actorId: user.id,
        payload: { userId: member.id, role, previousRole: before },
      });
      return found.space;
    });
    this.relay.nudge();
    return space;
  }
}
