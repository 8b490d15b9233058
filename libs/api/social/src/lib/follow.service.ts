import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { decodeId } from '@pnyx/shared/contracts';
import { FollowRepository } from './follow.repository';
import { SocialException } from './social.exception';
import { SocialPolicy } from './social.policy';
import { SubjectRegistry } from './subject-registry';

/** A person follows at most this many people and spaces together. */
export const MAX_FOLLOWS = 5_000;
const FEED_SOURCES = ['User', 'Space'];

@Injectable()
export class FollowService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly follows: FollowRepository,
    private readonly subjects: SubjectRegistry,
  ) {}

  /** Watches a subject the caller may read; following twice is harmless. */
  async follow(user: AuthUser, subjectId: string): Promise<boolean> {
    await this.uow.run(user, async ({ tx, record }) => {
      const subject = await this.subjects.requireReadable(user, subjectId, tx);
      if (!SocialPolicy.canFollow(subject.access)) throw SocialException.subjectNotFound();
      const isNew = await this.follows.add(tx, user.id, subject.type, subject.id);
      // Each followed person or space is a source the Following feed reads: a bound keeps that read bounded.
      if (isNew && FEED_SOURCES.includes(subject.type) && (await this.follows.countOf(tx, user.id, FEED_SOURCES)) > MAX_FOLLOWS) {
        throw SocialException.tooManyFollows(MAX_FOLLOWS);
      }
      if (isNew) {
        await record({
          type: 'follow.added',
          aggregateType: subject.type,
          aggregateId: subject.id,
          spaceId: subject.access.spaceId,
          payload: { userId: user.id },
        });
      }
    });
    return true;
  }

  /**
   * Stops watching. Works even when the subject is no longer visible (someone
   * left a space must still be able to stop notifications) and reveals nothing:
   * the answer is the same whether or not there was a follow.
   */
  async unfollow(user: AuthUser, subjectId: string): Promise<boolean> {
    const decoded = decodeId(subjectId);
    if (!decoded) throw SocialException.subjectNotFound();
    await this.uow.run(user, ({ tx }) => this.follows.remove(tx, user.id, decoded.type, decoded.id));
    return true;
  }
}
