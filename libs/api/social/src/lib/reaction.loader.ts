import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Tx } from '@pnyx/api/core/database';
import { groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import { REACTION_EMOJI } from './reaction-emoji';
import type { ReactionCountModel } from './reaction.model';
import { ReactionRepository, type ReactionCountRow } from './reaction.repository';

/** The emoji that have reactions, in the fixed order. */
export function toReactionCounts(rows: readonly ReactionCountRow[]): ReactionCountModel[] {
  const order = (emoji: string) => (REACTION_EMOJI as readonly string[]).indexOf(emoji);
  return [...rows]
    .filter((r) => r.count > 0)
    .sort((a, b) => order(a.emoji) - order(b.emoji))
    .map((r) => ({ emoji: r.emoji, count: r.count, reactedByMe: r.reactedByMe }));
}

/** Reaction counts of many subjects in one statement per request and subject type. */
@Injectable()
export class ReactionLoader {
  constructor(private readonly reactions: ReactionRepository) {}

  /** The caller has checked the subject is readable. */
  async counts(ctx: GraphqlContext, viewerId: string, subjectType: string, subjectId: string): Promise<ReactionCountModel[]> {
    const rows = await loaderFor(ctx, `reaction.counts:${viewerId}:${subjectType}`, () =>
      new DataLoader<string, ReactionCountRow[]>(async (ids) =>
        groupByKeys(ids, await this.reactions.countsFor(viewerId, subjectType, ids), (r) => r.subjectId),
      ),
    ).load(subjectId);
    return toReactionCounts(rows);
  }

  /** Outside a request's loaders (a mutation's answer, read in its transaction). */
  async countsNow(viewerId: string, subjectType: string, subjectId: string, tx?: Tx): Promise<ReactionCountModel[]> {
    return toReactionCounts(await this.reactions.countsFor(viewerId, subjectType, [subjectId], tx));
  }
}
