import { Module, type OnModuleInit } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { CommentLoader } from './comment.loader';
import { ContentReferences } from './content-references';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { CommentRepository } from './comment.repository';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { FollowLoader } from './follow.loader';
import { FollowRepository } from './follow.repository';
import { FollowResolver } from './follow.resolver';
import { FollowService } from './follow.service';
import { ReactionLoader } from './reaction.loader';
import { ReactionRepository } from './reaction.repository';
import { ReactionResolver } from './reaction.resolver';
import { ReactionService } from './reaction.service';
import { SocialException } from './social.exception';
import { SocialPolicy } from './social.policy';
import { SubjectRegistry } from './subject-registry';

@Module({
  providers: [
    SubjectRegistry,
    CommentRepository,
    FollowRepository,
    CommentService,
    FollowService,
    CommentLoader,
    FollowLoader,
    CommentResolver,
    FollowResolver,
    ContentReferences,
    ReactionRepository,
    ReactionService,
    ReactionLoader,
    ReactionResolver,
  ],
  exports: [SubjectRegistry, ReactionLoader, CommentLoader, FollowLoader, FollowRepository, ContentReferences],
})
export class SocialModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly comments: CommentRepository,
    private readonly subjects: SubjectRegistry,
    private readonly tx: TransactionRunner,
  ) {}

  onModuleInit(): void {
    // A comment is visible exactly when its subject is.
    this.nodes.register('Comment', CommentModel, async (ctx, id) => {
      const user = ctx.req.user;
      const comment = await this.comments.findById(id);
      const access = user && comment ? await this.subjects.accessOf(user, comment.subjectType, comment.subjectId, this.tx.reader) : null;
      if (!comment || !SocialPolicy.canViewComments(access)) throw SocialException.commentNotFound();
      return toCommentModel(comment);
    });
  }
}
