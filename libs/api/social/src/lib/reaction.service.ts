import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { validateEmoji } from './reaction-emoji';
import { ReactionLoader } from './reaction.loader';
import type { ReactInput, ReactionCountModel } from './reaction.model';
import { ReactionRepository } from './reaction.repository';
import { SocialException } from './social.exception';
import { SocialPolicy } from './social.policy';
import { SubjectRegistry } from './subject-registry';

@Injectable()
export class ReactionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reactions: ReactionRepository,
    private readonly counts: ReactionLoader,
    private readonly subjects: SubjectRegistry,
  ) {}

  /** Reacts to a subject the caller may read; the same reaction twice changes nothing. Answers the subject's counts. */
  react(user: AuthUser, input: ReactInput): Promise<ReactionCountModel[]> {
    return this.change(user, input, 'add');
  }

  /** Takes a reaction back (nothing happens when there was none). Answers the subject's counts. */
  unreact(user: AuthUser, input: ReactInput): Promise<ReactionCountModel[]> {
    return this.change(user, input, 'remove');
  }

  private async change(user: AuthUser, input: ReactInput, how: 'add' | 'remove'): Promise<ReactionCountModel[]> {
    const emoji = validateEmoji(input.emoji);
    return this.uow.run(user, async ({ tx, record }) => {
      const subject = await this.subjects.requireReadable(user, input.subjectId, tx);
      if (!SocialPolicy.canReact(subject.access)) throw SocialException.subjectNotFound();
      const changed = how === 'add'
        ? await this.reactions.add(tx, user.id, subject.type, subject.id, emoji)
        : await this.reactions.remove(tx, user.id, subject.type, subject.id, emoji);
      if (changed) {
        await record({
          type: how === 'add' ? 'reaction.added' : 'reaction.removed',
          aggregateType: subject.type,
          aggregateId: subject.id,
          spaceId: subject.access.spaceId,
          payload: { userId: user.id, emoji },
        });
      }
      return this.counts.countsNow(user.id, subject.type, subject.id, tx);
    });
  }
}
