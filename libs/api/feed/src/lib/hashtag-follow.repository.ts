import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

/** Followed hashtags, per person. */
@Injectable()
export class HashtagFollowRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async add(tx: Tx, userId: string, tag: string): Promise<void> {
    await namedQuery(tx, 'INSERT INTO hashtag_follow (user_id, tag) VALUES (:userId, :tag) ON CONFLICT DO NOTHING', { userId, tag });
  }

  async remove(tx: Tx, userId: string, tag: string): Promise<void> {
    await namedQuery(tx, 'WITH gone AS (DELETE FROM hashtag_follow WHERE user_id = :userId AND tag = :tag RETURNING tag) SELECT tag FROM gone', {
      userId,
      tag,
    });
  }

  /** How many the user follows (to hold them to a limit). */
  async count(tx: Tx, userId: string): Promise<number> {
    const [row] = await namedQuery<{ n: number }>(tx, 'SELECT count(*)::int AS n FROM hashtag_follow WHERE user_id = :userId', { userId });
    return row.n;
  }

  async tagsOf(userId: string): Promise<string[]> {
    const rows = await namedQuery<{ tag: string }>(this.tx.reader, 'SELECT tag FROM hashtag_follow WHERE user_id = :userId ORDER BY tag', { userId });
    return rows.map((r) => r.tag);
  }
}
