import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { FollowRepository } from './follow.repository';

@Injectable()
export class FollowLoader {
  constructor(private readonly follows: FollowRepository) {}

  /** Whether `userId` follows the subject; batched per request. */
  isFollowing(ctx: GraphqlContext, userId: string, subjectType: string, subjectId: string): Promise<boolean> {
    return loaderFor(ctx, `follow.isFollowing:${userId}:${subjectType}`, () =>
      new DataLoader<string, boolean>(async (ids) => {
        const followed = new Set(await this.follows.followedAmong(userId, subjectType, ids));
        return ids.map((id) => followed.has(id));
      }),
    ).load(subjectId);
  }
}
