import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { normaliseHashtag } from '@pnyx/api/posts';
import { HashtagFollowRepository } from './hashtag-follow.repository';

/** A person follows at most this many hashtags (each one is a source the "Following" feed reads). */
export const MAX_FOLLOWED_HASHTAGS = 200;

@Injectable()
export class HashtagFollowService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly follows: HashtagFollowRepository,
  ) {}

  /** Follows a hashtag (with or without #, any case); following twice is harmless. Returns the normalised tag. */
  follow(user: AuthUser, tag: string): Promise<string> {
    const normal = this.normal(tag);
    return this.uow.run(user, async ({ tx }) => {
      await this.follows.add(tx, user.id, normal);
      if ((await this.follows.count(tx, user.id)) > MAX_FOLLOWED_HASHTAGS) {
        throw DomainException.badInput('tag', `You can follow at most ${MAX_FOLLOWED_HASHTAGS} hashtags`);
      }
      return normal;
    });
  }

  unfollow(user: AuthUser, tag: string): Promise<string> {
    const normal = this.normal(tag);
    return this.uow.run(user, async ({ tx }) => {
      await this.follows.remove(tx, user.id, normal);
      return normal;
    });
  }

  followed(user: AuthUser): Promise<string[]> {
    return this.follows.tagsOf(user.id);
  }

  private normal(tag: string): string {
    const normal = normaliseHashtag(tag);
    if (normal === null) throw DomainException.badInput('tag', 'A hashtag is letters, digits or _ with at least one letter');
    return normal;
  }
}
