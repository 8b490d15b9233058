import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Tx } from '@pnyx/api/core/database';
import { byKeys, loaderFor, type AuthUser, type GraphqlContext } from '@pnyx/api/core/graphql';
import { SpaceException } from './space.exception';
import { SpacePolicy } from './space.policy';
import { SpaceRepository, type SpaceWithRole } from './space.repository';

/**
 * The one place that decides who sees and writes what in a space. Every
 * module whose content lives in spaces asks here, and filters its list
 * queries with `readableSpacesSql` (the one "spaces this viewer may read" fragment).
 */
@Injectable()
export class SpaceAccess {
  constructor(private readonly spaces: SpaceRepository) {}

  /** The space, if the user may read it (batched per request); null otherwise. */
  readable(ctx: GraphqlContext, user: AuthUser, spaceId: string): Promise<SpaceWithRole | null> {
    return this.readableLoader(ctx, user).load(spaceId);
  }

  /**
   * A readable space another statement already read, with the user's role
   * (see joinedSpaceColumns): `readable` answers it without a query.
   */
  prime(ctx: GraphqlContext, user: AuthUser, found: SpaceWithRole): void {
    this.readableLoader(ctx, user).prime(found.space.id, found);
  }

  private readableLoader(ctx: GraphqlContext, user: AuthUser): DataLoader<string, SpaceWithRole | null> {
    return loaderFor(ctx, `space.readable:${user.id}`, () =>
      new DataLoader<string, SpaceWithRole | null>(async (ids) =>
        byKeys(ids, await this.spaces.findVisibleByIds(user.id, ids), (s) => s.space.id),
      ),
    );
  }

  /** The readable space or NOT_FOUND (a hidden space looks like a missing one). */
  async requireReadable(user: AuthUser, spaceId: string, tx?: Tx, field = 'spaceId'): Promise<SpaceWithRole> {
    const [found] = await this.spaces.findVisibleByIds(user.id, [spaceId], tx);
    if (!found || !SpacePolicy.canRead(found.space.visibility, found.role)) throw SpaceException.spaceNotFound(field);
    return found;
  }

  /** Readable and the caller may manage its members (the same predicate answers `Space.canManageMembers`). */
  async requireManageable(user: AuthUser, spaceId: string, tx?: Tx, field = 'spaceId'): Promise<SpaceWithRole> {
    const found = await this.requireReadable(user, spaceId, tx, field);
    if (!SpacePolicy.canManageMembers(found.role)) throw SpaceException.notOwner();
    return found;
  }
}
