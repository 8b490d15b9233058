import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { AuthUser } from '@pnyx/api/core/graphql';
import type { SpaceEntity } from './space.entity';

/** Runs inside the transaction that creates the space: what else a new space starts with. */
export type SpaceCreatedHook = (tx: Tx, space: SpaceEntity, creator: AuthUser) => Promise<void>;

/**
 * Lets content modules furnish a new space (the wiki's default templates)
 * without spaces knowing them. Hooks join the creating transaction, so a space
 * never exists half-furnished.
 */
@Injectable()
export class SpaceLifecycle {
  private readonly createdHooks: SpaceCreatedHook[] = [];

  onCreated(hook: SpaceCreatedHook): void {
    this.createdHooks.push(hook);
  }

  async created(tx: Tx, space: SpaceEntity, creator: AuthUser): Promise<void> {
    for (const hook of this.createdHooks) await hook(tx, space, creator);
  }
}
