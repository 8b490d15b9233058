import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

/** Batches user lookups by id within one request. */
@Injectable()
export class UserLoader {
  constructor(private readonly users: UserRepository) {}

  load(ctx: GraphqlContext, id: string): Promise<UserEntity | null> {
    return loaderFor(ctx, 'user.byId', () =>
      new DataLoader<string, UserEntity | null>(async (ids) => byKeys(ids, await this.users.findByIds(ids), (u) => u.id)),
    ).load(id);
  }
}
