import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import { DomainException, toConnection, type AuthUser, type GraphqlContext } from '@pnyx/api/core/graphql';
import { SpaceException, SpaceRepository, spaceUuid } from '@pnyx/api/spaces';
import { DecisionBoardRepository } from './decision-board.repository';
import { DecisionRecordRepository } from './decision-record.repository';
import { DecisionsException } from './decisions.exception';
import { DecisionLog } from './decision-log';
import { ProposalLoader } from './proposal.loader';
import { proposalUuid, toProposalModel } from './proposal.mapper';
import { DecisionStatsModel, ProposalConnectionModel, ProposalModel, type ProposalOutcome } from './proposal.model';
import { DecisionFilter } from './proposal.inputs';

const MAX_OPEN_DECISIONS = 200;
/** A dashboard shows the 50 closing soonest; filters (space, closing within, followed) narrow the rest. */
const DEFAULT_OPEN_DECISIONS = 50;
const MAX_FILTER_SPACES = 100;

function filterSpaces(ids: string[] | null | undefined): string[] | null {
  if (ids == null) return null;
  if (ids.length > MAX_FILTER_SPACES) throw DomainException.badInput('spaceIds', `Filter by at most ${MAX_FILTER_SPACES} spaces`);
  return ids.map((id) => spaceUuid(id, 'spaceIds'));
}

@Resolver(() => ProposalModel)
export class ProposalQueryResolver {
  constructor(
    private readonly loader: ProposalLoader,
    private readonly board: DecisionBoardRepository,
    private readonly records: DecisionRecordRepository,
    private readonly spaces: SpaceRepository,
    private readonly log: DecisionLog,
  ) {}

  @Authenticated()
  @Query(() => ProposalModel, { nullable: true, description: 'A proposal by id; NOT_FOUND if it does not exist or is hidden from the caller' })
  async proposal(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<ProposalModel> {
    const proposal = await this.loader.visible(ctx, user.id, proposalUuid(id));
    if (!proposal) throw DecisionsException.proposalNotFound('id');
    return toProposalModel(proposal);
  }

  @Authenticated()
  @Query(() => [ProposalModel], { description: 'Open proposals in every space the caller can see, closing soonest first (50 unless `first` asks for up to 200)' })
  async openDecisions(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => DecisionFilter, nullable: true }) filter: DecisionFilter | null,
    @Args('first', { type: () => Int, nullable: true, description: 'At most 200 (default 50)' }) first: number | null,
  ): Promise<ProposalModel[]> {
    const limit = first ?? DEFAULT_OPEN_DECISIONS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OPEN_DECISIONS) throw DomainException.badInput('first', `first must be between 1 and ${MAX_OPEN_DECISIONS}`);
    const hours = filter?.closingWithinHours ?? null;
    if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > 24 * 90)) {
      throw DomainException.badInput('closingWithinHours', 'closingWithinHours must be between 1 and 2160');
    }
    const rows = await this.board.openDecisions({
      viewerId: user.id,
      spaceIds: filterSpaces(filter?.spaceIds),
      followedOnly: filter?.followedOnly ?? false,
      closingWithinHours: hours,
      limit,
    });
    return rows.map(toProposalModel);
  }

  @Authenticated()
  @Query(() => ProposalConnectionModel, { description: "A space's proposals: open ones closing soonest first, or its decision log (closed, newest first)" })
  async proposals(
    @CurrentUser() user: AuthUser,
    @Args('spaceKey', { type: () => String }) spaceKey: string,
    @Args('closed', { type: () => Boolean, nullable: true, description: 'true: the decision log; false/absent: open proposals' }) closed: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ProposalConnectionModel> {
    const found = await this.spaces.findVisibleByKey(user.id, spaceKey.trim());
    if (!found) throw SpaceException.spaceNotFound('spaceKey');
    if (closed) {
      const { page, rows } = this.records.decisionLog(user.id, found.space.id, first, after);
      return toConnection(await rows, page, (p) => [p.closedAt, p.id], toProposalModel);
    }
    const { page, rows } = this.log.openIn(user.id, found.space.id, first, after);
    return toConnection(await rows, page, (p) => [p.closesAt, p.id], toProposalModel);
  }

  @Authenticated()
  @Query(() => String, { description: "A space's decision log as Markdown (newest first, at most 1,000 decisions)" })
  async decisionLogMarkdown(@CurrentUser() user: AuthUser, @Args('spaceKey', { type: () => String }) spaceKey: string): Promise<string> {
    const found = await this.spaces.findVisibleByKey(user.id, spaceKey.trim());
    if (!found) throw SpaceException.spaceNotFound('spaceKey');
    return this.log.markdown(found.space.id, found.space.name, found.space.key);
  }

  @Authenticated()
  @Query(() => DecisionStatsModel, { description: 'Closed decisions over the last 12 months, in the spaces the caller can see' })
  async decisionStats(
    @CurrentUser() user: AuthUser,
    @Args('spaceIds', { type: () => [ID], nullable: true }) spaceIds: string[] | null,
  ): Promise<DecisionStatsModel> {
    const row = await this.board.stats(user.id, filterSpaces(spaceIds));
    const months = new Map<string, Map<string, number>>();
    for (const m of row.perMonth) {
      if (!months.has(m.month)) months.set(m.month, new Map());
      months.get(m.month)!.set(m.outcome, m.count);
    }
    const buckets = new Map(row.buckets.map((b) => [b.bucket, b.count]));
    return {
      perMonth: [...months].map(([month, outcomes]) => ({
        month,
        outcomes: (['ACCEPTED', 'REJECTED', 'NO_QUORUM'] as ProposalOutcome[]).map((outcome) => ({ outcome, count: outcomes.get(outcome) ?? 0 })),
      })),
      medianHoursToDecision: row.medianHours === null ? null : Math.round(Number(row.medianHours) * 10) / 10,
      participation: Array.from({ length: 10 }, (_, i) => ({ fromPercent: i * 10, toPercent: i === 9 ? 100 : i * 10 + 10, count: buckets.get(i) ?? 0 })),
      decided: row.decided,
    };
  }
}
