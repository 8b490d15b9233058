import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@pnyx/api/core/database';
import { CommentEntity } from './comment.entity';

const COLUMNS = `c.id, c.subject_type AS "subjectType", c.subject_id AS "subjectId", c.space_id AS "spaceId",
  c.author_id AS "authorId", c.body, c.html, c.created_at AS "createdAt"`;

@Injectable()
export class CommentRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(tx: Tx, comment: Pick<CommentEntity, 'subjectType' | 'subjectId' | 'spaceId' | 'authorId' | 'body' | 'html'>): Promise<CommentEntity> {
    const result = await tx.insert(CommentEntity, comment);
    return tx.getRepository(CommentEntity).findOneByOrFail({ id: result.identifiers[0]['id'] });
  }

  findById(id: string): Promise<CommentEntity | null> {
    return this.tx.reader.getRepository(CommentEntity).findOneBy({ id });
  }

  /**
   * Up to `limit` comments per subject, oldest first, after the comment `afterId`
   * (keyset on created_at, id) — one query for any number of subjects.
   */
  async listForSubjects(subjectType: string, subjectIds: readonly string[], limit: number, afterId: string | null): Promise<CommentEntity[]> {
    if (!subjectIds.length) return [];
    return this.tx.reader.query(
      `SELECT ${COLUMNS}
         FROM unnest($2::uuid[]) AS s(id)
         CROSS JOIN LATERAL (
           SELECT * FROM comment c0
            WHERE c0.subject_type = $1 AND c0.subject_id = s.id
              AND ($4::uuid IS NULL OR (c0.created_at, c0.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = $4))
            ORDER BY c0.created_at, c0.id
            LIMIT $3) c
        ORDER BY c.subject_id, c.created_at, c.id`,
      [subjectType, subjectIds, limit, afterId],
    );
  }

  async countForSubjects(subjectType: string, subjectIds: readonly string[]): Promise<{ subjectId: string; count: number }[]> {
    if (!subjectIds.length) return [];
    return this.tx.reader.query(
      `SELECT subject_id AS "subjectId", count(*)::int AS count FROM comment
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) GROUP BY subject_id`,
      [subjectType, subjectIds],
    );
  }
}
