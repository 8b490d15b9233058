import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

/** Follows (watches). Other modules use `add` inside their own transaction, e.g. authors watch their pages. */
@Injectable()
export class FollowRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** True when the follow is new. */
  async add(tx: Tx, userId: string, subjectType: string, subjectId: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      `INSERT INTO follow (user_id, subject_type, subject_id) VALUES (:userId, :subjectType, :subjectId)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      { userId, subjectType, subjectId },
    );
    return rows.length > 0;
  }

  /** How many subjects of these types the user follows. */
  async countOf(tx: Tx, userId: string, subjectTypes: readonly string[]): Promise<number> {
    const [row] = await namedQuery<{ n: number }>(
      tx,
      'SELECT count(*)::int AS n FROM follow WHERE user_id = :userId AND subject_type = ANY(CAST(:subjectTypes AS text[]))',
      { userId, subjectTypes },
    );
    return row.n;
  }

  /** True when there was a follow to remove. */
  async remove(tx: Tx, userId: string, subjectType: string, subjectId: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      `WITH gone AS (DELETE FROM follow WHERE user_id = :userId AND subject_type = :subjectType AND subject_id = :subjectId RETURNING user_id)
       SELECT user_id FROM gone`,
      { userId, subjectType, subjectId },
    );
    return rows.length > 0;
  }

  /** Which of the subjects the user follows. */
  async followedAmong(userId: string, subjectType: string, subjectIds: readonly string[]): Promise<string[]> {
    if (!subjectIds.length) return [];
    const rows = await namedQuery<{ subjectId: string }>(
      this.tx.reader,
      'SELECT subject_id AS "subjectId" FROM follow WHERE user_id = :userId AND subject_type = :subjectType AND subject_id = ANY(CAST(:subjectIds AS uuid[]))',
      { userId, subjectType, subjectIds },
    );
    return rows.map((r) => r.subjectId);
  }
}
