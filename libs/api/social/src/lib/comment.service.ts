import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
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
    private readonly uow: UnitOfWork,
    private readonly comments: CommentRepository,
    private readonly subjects: SubjectRegistry,
  ) {}

  /** Comments on a subject the caller may read and comment on (its module decides). */
  async add(user: AuthUser, input: AddCommentInput): Promise<CommentEntity> {
    const body = validateCommentBody(input.body);
    const comment = await this.uow.run(user, async ({ tx, record }) => {
      const subject = await this.subjects.requireReadable(user, input.subjectId, tx);
      if (!SocialPolicy.takesComments(subject.access)) throw SocialException.subjectNotFound();
      if (!SocialPolicy.canComment(subject.access)) throw SocialException.cannotComment();
      const created = await this.comments.insert(tx, {
        subjectType: subject.type,
        subjectId: subject.id,
        spaceId: subject.access.spaceId,
        authorId: user.id,
        body,
        html: renderMarkdown(body),
      });
      await record({
        type: 'comment.added',
        aggregateType: 'Comment',
        aggregateId: created.id,
        spaceId: subject.access.spaceId,
        payload: { subjectType: subject.type, subjectId: subject.id },
      });
      return created;
    });
    return comment;
  }
}
