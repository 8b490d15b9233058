import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

export interface ReactionCountRow {
  subjectId: string;
  emoji: string;
  count: number;
  reactedByMe: boolean;
}

/** Reactions; the primary key (subject, emoji, user) makes each one unique. */
@Injectable()
export class ReactionRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** True when the reaction is new; a second one changes nothing. */
  async add(tx: Tx, userId: string, subjectType: string, subjectId: string, emoji: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      `INSERT INTO reaction (subject_type, subject_id, emoji, user_id) VALUES (:subjectType, :subjectId, :emoji, :userId)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      { userId, subjectType, subjectId, emoji },
    );
    return rows.length > 0;
  }

  /** True when there was a reaction to remove. */
  async remove(tx: Tx, userId: string, subjectType: string, subjectId: string, emoji: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      `WITH gone AS (DELETE FROM reaction
                      WHERE subject_type = :subjectType AND subject_id = :subjectId AND emoji = :emoji AND user_id = :userId
                      RETURNING user_id)
       SELECT user_id FROM gone`,
      { userId, subjectType, subjectId, emoji },
    );
    return rows.length > 0;
  }

  /** Counts per subject and emoji, and whether the viewer is among them — one statement for any number of subjects. */
  async countsFor(viewerId: string, subjectType: string, subjectIds: readonly string[], tx: Tx = this.tx.reader): Promise<ReactionCountRow[]> {
    if (!subjectIds.length) return [];
    return namedQuery(
      tx,
      `SELECT subject_id AS "subjectId", emoji, count(*)::int AS count, bool_or(user_id = :viewerId) AS "reactedByMe"
         FROM reaction
        WHERE subject_type = :subjectType AND subject_id = ANY(CAST(:subjectIds AS uuid[]))
        GROUP BY subject_id, emoji`,
      { viewerId, subjectType, subjectIds },
    );
  }
}
