import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DomainException, byKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserEntity } from './user.entity';
import { toUserModel } from './user.mapper';
import type { UserModel } from './user.model';
import { UserRepository } from './user.repository';

/** Batches user lookups by id within one request. */
@Injectable()
export class UserLoader {
  constructor(private readonly users: UserRepository) {}

  load(ctx: GraphqlContext, id: string): Promise<UserEntity | null> {
    return this.loader(ctx).load(id);
  }

  /** Users another statement already read (see joinedUserColumns): `load` finds them without a query. */
  prime(ctx: GraphqlContext, users: readonly UserEntity[]): void {
    const loader = this.loader(ctx);
    for (const user of users) loader.prime(user.id, user);
  }

  private loader(ctx: GraphqlContext): DataLoader<string, UserEntity | null> {
    return loaderFor(ctx, 'user.byId', () =>
      new DataLoader<string, UserEntity | null>(async (ids) => byKeys(ids, await this.users.findByIds(ids), (u) => u.id)),
    );
  }

  /** The user as a GraphQL model, for `author`/`user` fields; NOT_FOUND if the row is gone. */
  async model(ctx: GraphqlContext, id: string): Promise<UserModel> {
    const user = await this.load(ctx, id);
    if (!user) throw DomainException.notFound('User');
    return toUserModel(user);
  }
}
