import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { CommentEntity } from './comment.entity';

/** The columns of `comment` under `alias`, named as CommentEntity's properties. */
const COLUMNS = (a: string) =>
  `${a}.id, ${a}.subject_type AS "subjectType", ${a}.subject_id AS "subjectId", ${a}.space_id AS "spaceId",
   ${a}.author_id AS "authorId", ${a}.body, ${a}.html, ${a}.created_at AS "createdAt"`;

@Injectable()
export class CommentRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(tx: Tx, comment: Pick<CommentEntity, 'subjectType' | 'subjectId' | 'spaceId' | 'authorId' | 'body' | 'html'>): Promise<CommentEntity> {
    const [created] = await namedQuery<CommentEntity>(
      tx,
      `INSERT INTO comment AS c (subject_type, subject_id, space_id, author_id, body, html)
       VALUES (:subjectType, :subjectId, :spaceId, :authorId, :body, :html)
       RETURNING ${COLUMNS('c')}`,
      {
        subjectType: comment.subjectType,
        subjectId: comment.subjectId,
        spaceId: comment.spaceId,
        authorId: comment.authorId,
        body: comment.body,
        html: comment.html,
      },
    );
    return created;
  }

  async findById(id: string): Promise<CommentEntity | null> {
    const [comment] = await namedQuery<CommentEntity>(this.tx.reader, `SELECT ${COLUMNS('c')} FROM comment c WHERE c.id = :id`, { id });
    return comment ?? null;
  }

  /**
   * Up to `limit` comments per subject, oldest first, after the comment `afterId`
   * (keyset on created_at, id) — one query for any number of subjects.
   */
  async listForSubjects(subjectType: string, subjectIds: readonly string[], limit: number, afterId: string | null): Promise<CommentEntity[]> {
    if (!subjectIds.length) return [];
    return namedQuery(
      this.tx.reader,
      `SELECT ${COLUMNS('c')}
         FROM unnest(CAST(:subjectIds AS uuid[])) AS s(id)
         CROSS JOIN LATERAL (
           SELECT * FROM comment c0
            WHERE c0.subject_type = :subjectType AND c0.subject_id = s.id
              AND (CAST(:afterId AS uuid) IS NULL OR (c0.created_at, c0.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = CAST(:afterId AS uuid)))
            ORDER BY c0.created_at, c0.id
            LIMIT :limit) c
        ORDER BY c.subject_id, c.created_at, c.id`,
      { subjectType, subjectIds, limit, afterId },
    );
  }

  async countForSubjects(subjectType: string, subjectIds: readonly string[]): Promise<{ subjectId: string; count: number }[]> {
    if (!subjectIds.length) return [];
    return namedQuery(
      this.tx.reader,
      `SELECT subject_id AS "subjectId", count(*)::int AS count FROM comment
        WHERE subject_type = :subjectType AND subject_id = ANY(CAST(:subjectIds AS uuid[])) GROUP BY subject_id`,
      { subjectType, subjectIds },
    );
  }
}
