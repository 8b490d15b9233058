import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DomainException, byKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserEntity } from './user.entity';
import { toUserModel } from './user.mapper';
import type { UserModel } from './user.model';
import { UserRepository } from './user.repository';

/** Models of the rows a request's loader holds (rows never outlive their request's loader). */
const models = new WeakMap<UserEntity, UserModel>();

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

  /**
   * The user as a GraphQL model, for `author`/`user` fields; NOT_FOUND if the
   * row is gone. One model per loaded row: a list by few authors builds few.
   */
  async model(ctx: GraphqlContext, id: string): Promise<UserModel> {
    const user = await this.load(ctx, id);
    if (!user) throw DomainException.notFound('User');
    let model = models.get(user);
    if (!model) {
      model = toUserModel(user);
      models.set(user, model);
    }
    return model;
  }
}
