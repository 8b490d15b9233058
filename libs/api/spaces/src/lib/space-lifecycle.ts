import { Injectable } from '@nestjs/common';
import type { UseCase } from '@pnyx/api/core/events';
import type { SpaceEntity } from './space.entity';

/** Runs inside the use case that creates the space: what else a new space starts with. */
export type SpaceCreatedHook = (uc: UseCase, space: SpaceEntity) => Promise<void>;

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

  async created(uc: UseCase, space: SpaceEntity): Promise<void> {
    for (const hook of this.createdHooks) await hook(uc, space);
  }
}
