import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { DomainEventType } from '@pnyx/shared/contracts';
import { renderMarkdown } from '@pnyx/shared/markdown';
import type { AddCommentInput } from './add-comment.input';
import type { CommentEntity } from './comment.entity';
import { validateCommentBody } from './comment-input.validation';
import { CommentRepository } from './comment.repository';
import { SocialException } from './social.exception';
import { SocialPolicy } from './social.policy';
import { SubjectRegistry } from './subject-registry';

@Injectable()
export class CommentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly comments: CommentRepository,
    private readonly subjects: SubjectRegistry,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** Comments on a subject the caller may read and comment on (its module decides). */
  async add(user: AuthUser, input: AddCommentInput): Promise<CommentEntity> {
    const body = validateCommentBody(input.body);
    const comment = await this.tx.run(async (tx) => {
      const subject = await this.subjects.requireReadable(user, input.subjectId, tx);
      if (!SocialPolicy.canComment(subject.access)) throw SocialException.cannotComment();
      const created = await this.comments.insert(tx, {
        subjectType: subject.type,
        subjectId: subject.id,
        spaceId: subject.access.spaceId,
        authorId: user.id,
        body,
        html: renderMarkdown(body),
      });
      await this.outbox.record(tx, {
        type: DomainEventType.CommentAdded,
        aggregateType: 'Comment',
        aggregateId: created.id,
        spaceId: subject.access.spaceId,
        actorId: user.id,
        payload: { subjectType: subject.type, subjectId: subject.id },
      });
      return created;
    });
    this.relay.nudge();
    return comment;
  }
}
