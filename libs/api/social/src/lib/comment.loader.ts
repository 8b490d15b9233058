import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import type { CommentEntity } from './comment.entity';
import { CommentRepository } from './comment.repository';

/** Comments of many subjects in one query per request (and per page window). */
@Injectable()
export class CommentLoader {
  constructor(private readonly comments: CommentRepository) {}

  /** Oldest first; `limit` per subject, after the comment `afterId`. The caller has checked the subject is readable. */
  forSubject(ctx: GraphqlContext, subjectType: string, subjectId: string, limit: number, afterId: string | null): Promise<CommentEntity[]> {
    return loaderFor(ctx, `comment.forSubject:${subjectType}:${limit}:${afterId ?? ''}`, () =>
      new DataLoader<string, CommentEntity[]>(async (ids) =>
        groupByKeys(ids, await this.comments.listForSubjects(subjectType, ids, limit, afterId), (c) => c.subjectId),
      ),
    ).load(subjectId);
  }

  async count(ctx: GraphqlContext, subjectType: string, subjectId: string): Promise<number> {
    const row = await loaderFor(ctx, `comment.count:${subjectType}`, () =>
      new DataLoader<string, { subjectId: string; count: number } | null>(async (ids) =>
        byKeys(ids, await this.comments.countForSubjects(subjectType, ids), (r) => r.subjectId),
      ),
    ).load(subjectId);
    return row?.count ?? 0;
  }
}
