import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TransactionRunner, namedQuery } from '@pnyx/api/core/database';
import { byKeys, loaderFor, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserModel, UserRepository } from '@pnyx/api/identity';
import { FollowLoader, SubjectRegistry } from '@pnyx/api/social';
import { SpaceModel, SpacePolicy, SpaceRepository } from '@pnyx/api/spaces';
import { decodeId } from '@pnyx/shared/contracts';
import DataLoader from 'dataloader';

/**
 * People and spaces as things to follow (`follow(subjectId)` with a User or
 * Space id): what they do joins the follower's "Following" feed. Anyone may
 * follow any person; a space only while they may read it.
 */
@Injectable()
export class PeopleFollows implements OnModuleInit {
  constructor(
    private readonly subjects: SubjectRegistry,
    private readonly users: UserRepository,
    private readonly spaces: SpaceRepository,
  ) {}

  onModuleInit(): void {
    // On the caller's transaction: the embedded PostgreSQL is one session, so a read beside an open transaction would wait for it.
    this.subjects.register('User', async (_user, id, tx) => {
      const [found] = await this.users.findByIds([id], tx);
      return found ? { spaceId: null, canRead: true, canComment: false, followOnly: true } : null;
    });
    this.subjects.register('Space', async (user, id, tx) => {
      const [found] = await this.spaces.findVisibleByIds(user.id, [id], tx);
      if (!found) return null;
      return { spaceId: id, canRead: SpacePolicy.canRead(found.space.visibility, found.role), canComment: false, followOnly: true };
    });
  }
}

/** Followers per person, batched per request. */
@Injectable()
export class FollowerCounts {
  constructor(private readonly tx: TransactionRunner) {}

  count(ctx: GraphqlContext, userId: string): Promise<number> {
    return loaderFor(ctx, 'user.followerCount', () =>
      new DataLoader<string, number>(async (ids) => {
        const rows = await namedQuery<{ id: string; n: number }>(
          this.tx.reader,
          `SELECT subject_id AS id, count(*)::int AS n FROM follow
            WHERE subject_type = 'User' AND subject_id = ANY(CAST(:ids AS uuid[])) GROUP BY subject_id`,
          { ids },
        );
        return byKeys(ids, rows, (r) => r.id).map((r) => r?.n ?? 0);
      }),
    ).load(userId);
  }
}

@Resolver(() => UserModel)
export class UserFollowFieldsResolver {
  constructor(
    private readonly follows: FollowLoader,
    private readonly counts: FollowerCounts,
  ) {}

  @ResolveField(() => Boolean, { description: 'Whether the caller follows this person' })
  followedByMe(@Parent() u: UserModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.follows.isFollowing(ctx, viewer(ctx).id, 'User', decodeId(u.id)?.id ?? '');
  }

  @ResolveField(() => Int, { description: 'How many people follow this person' })
  followerCount(@Parent() u: UserModel, @Context() ctx: GraphqlContext): Promise<number> {
    return this.counts.count(ctx, decodeId(u.id)?.id ?? '');
  }
}

@Resolver(() => SpaceModel)
export class SpaceFollowFieldsResolver {
  constructor(private readonly follows: FollowLoader) {}

  @ResolveField(() => Boolean, { description: 'Whether the caller follows this space (members see its items in Following anyway)' })
  followedByMe(@Parent() s: SpaceModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.follows.isFollowing(ctx, viewer(ctx).id, 'Space', s.uuid);
  }
}
