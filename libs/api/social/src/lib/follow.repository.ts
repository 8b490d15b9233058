import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@pnyx/api/core/database';

/** Follows (watches). Other modules use `add` inside their own transaction, e.g. authors watch their pages. */
@Injectable()
export class FollowRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** True when the follow is new. */
  async add(tx: Tx, userId: string, subjectType: string, subjectId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO follow (user_id, subject_type, subject_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, subjectType, subjectId],
    );
    return rows.length > 0;
  }

  /** True when there was a follow to remove. */
  async remove(tx: Tx, userId: string, subjectType: string, subjectId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      // In a CTE, so the driver returns the rows (a bare DELETE returns [rows, count]).
      `WITH gone AS (DELETE FROM follow WHERE user_id = $1 AND subject_type = $2 AND subject_id = $3 RETURNING user_id)
       SELECT user_id FROM gone`,
      [userId, subjectType, subjectId],
    );
    return rows.length > 0;
  }

  /** Which of the subjects the user follows. */
  async followedAmong(userId: string, subjectType: string, subjectIds: readonly string[]): Promise<string[]> {
    if (!subjectIds.length) return [];
    const rows: { subject_id: string }[] = await this.tx.reader.query(
      'SELECT subject_id FROM follow WHERE user_id = $1 AND subject_type = $2 AND subject_id = ANY($3::uuid[])',
      [userId, subjectType, subjectIds],
    );
    return rows.map((r) => r.subject_id);
  }
}
