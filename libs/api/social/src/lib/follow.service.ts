import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { DomainEventType, decodeId } from '@pnyx/shared/contracts';
import { FollowRepository } from './follow.repository';
import { SocialException } from './social.exception';
import { SocialPolicy } from './social.policy';
import { SubjectRegistry } from './subject-registry';

@Injectable()
export class FollowService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly follows: FollowRepository,
    private readonly subjects: SubjectRegistry,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** Watches a subject the caller may read; following twice is harmless. */
  async follow(user: AuthUser, subjectId: string): Promise<boolean> {
    const added = await this.tx.run(async (tx) => {
      const subject = await this.subjects.requireReadable(user, subjectId, tx);
      if (!SocialPolicy.canFollow(subject.access)) throw SocialException.subjectNotFound();
      const isNew = await this.follows.add(tx, user.id, subject.type, subject.id);
      if (isNew) {
        await this.outbox.record(tx, {
          type: DomainEventType.FollowAdded,
          aggregateType: subject.type,
          aggregateId: subject.id,
          spaceId: subject.access.spaceId,
          actorId: user.id,
          payload: { userId: user.id },
        });
      }
      return isNew;
    });
    if (added) this.relay.nudge();
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
    await this.tx.run((tx) => this.follows.remove(tx, user.id, decoded.type, decoded.id));
    return true;
  }
}
