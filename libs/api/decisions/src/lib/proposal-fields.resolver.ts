import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, PlainFieldResolvers, afterUuid, pageSize, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader } from '@pnyx/api/identity';
import { CommentLoader, CommentModel, ContentLinkModel, FollowLoader, ReactionCountModel, ReactionLoader, toCommentModel } from '@pnyx/api/social';
import { SpaceAccess, SpaceException, toSpaceModel, type SpaceWithRole } from '@pnyx/api/spaces';
import { ballotsBlt, ballotsCsv, recordMarkdown, type DecisionRecordContent } from './decision-record';
import { DecisionsPolicy } from './decisions.policy';
import { ProposalLoader } from './proposal.loader';
import { toArgumentModel, toOptionModel, toVoteModel } from './proposal.mapper';
import {
  ArgumentModel,
  DecisionRecordModel,
  DissentModel,
  OptionTallyModel,
  ProposalModel,
  ProposalOptionModel,
  ProposalRevisionModel,
  VoteModel,
  VoterStatusModel,
} from './proposal.model';

const LIST_ARGS = { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE} (the default)` } as const;


/**
 * Proposal fields, each through a per-request loader; the proposal itself is
 * already known to be readable. With a hidden tally, nothing that counts per
 * option (tally, votes, leading option, objections) is answered before close.
 */
@Resolver(() => ProposalModel)
export class ProposalFieldsResolver {
  constructor(
    private readonly loader: ProposalLoader,
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
    private readonly commentLoader: CommentLoader,
    private readonly followLoader: FollowLoader,
    private readonly reactionLoader: ReactionLoader,
    plain: PlainFieldResolvers,
  ) {
    this.registerPlainFields(plain);
  }

  private async space(ctx: GraphqlContext, p: ProposalModel): Promise<SpaceWithRole> {
    const found = await this.spaces.readable(ctx, viewer(ctx), p.spaceId);
    if (!found) throw SpaceException.spaceNotFound('spaceId');
    return found;
  }

  private facts(p: ProposalModel) {
    return { authorId: p.authorId, status: p.status, process: p.process, hideTally: p.hideTally };
  }

  /** The per-row fields a dashboard of 200 proposals asks for, as plain resolvers (see PlainFieldResolvers). */
  private registerPlainFields(plain: PlainFieldResolvers): void {
    const field = <T>(name: string, resolve: (p: ProposalModel, ctx: GraphqlContext) => Promise<T> | T) =>
      plain.register<ProposalModel>('Proposal', name, (p, _args, ctx) => resolve(p, ctx));
    field('space', async (p, ctx) => toSpaceModel((await this.space(ctx, p)).space));
    field('author', (p, ctx) => this.users.model(ctx, p.authorId));
    field('voteCount', async (p, ctx) => (await this.loader.counts(ctx, p.uuid)).voteCount);
    field('participation', async (p, ctx) => (p.eligibleVoterCount ? (await this.loader.counts(ctx, p.uuid)).voteCount / p.eligibleVoterCount : 0));
    field('leadingOption', (p, ctx) => this.leadingOption(p, ctx));
    field('objectionCount', (p, ctx) => this.countOf(p, ctx, ['object', 'oppose']));
    field('concernCount', (p, ctx) => this.countOf(p, ctx, ['concern']));
  }

  private async leadingOption(p: ProposalModel, ctx: GraphqlContext): Promise<ProposalOptionModel | null> {
    if (!DecisionsPolicy.canSeeTally(this.facts(p))) return null;
    const [options, counts] = await Promise.all([this.loader.options(ctx, p.uuid), this.loader.counts(ctx, p.uuid)]);
    const ranked = options.filter((o) => o.code !== 'abstain').map((o) => ({ o, n: counts.byOption[o.id] ?? 0 })).sort((a, b) => b.n - a.n);
    if (!ranked.length || ranked[0].n === 0 || (ranked[1] && ranked[1].n === ranked[0].n)) return null;
    return toOptionModel(ranked[0].o);
  }

  private async countOf(p: ProposalModel, ctx: GraphqlContext, codes: string[]): Promise<number | null> {
    if (!DecisionsPolicy.canSeeTally(this.facts(p))) return null;
    const [options, counts] = await Promise.all([this.loader.options(ctx, p.uuid), this.loader.counts(ctx, p.uuid)]);
    return options.filter((o) => o.code && codes.includes(o.code)).reduce((sum, o) => sum + (counts.byOption[o.id] ?? 0), 0);
  }

  @ResolveField(() => [ProposalOptionModel])
  async options(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ProposalOptionModel[]> {
    return (await this.loader.options(ctx, p.uuid)).map(toOptionModel);
  }

  @ResolveField(() => ProposalOptionModel, { nullable: true })
  async winningOption(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ProposalOptionModel | null> {
    if (!p.winningOptionUuid) return null;
    const option = (await this.loader.options(ctx, p.uuid)).find((o) => o.id === p.winningOptionUuid);
    return option ? toOptionModel(option) : null;
  }

  @ResolveField(() => [OptionTallyModel], { description: 'Votes per option; empty while the author hides the tally until close' })
  async tally(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<OptionTallyModel[]> {
    if (!DecisionsPolicy.canSeeTally(this.facts(p))) return [];
    const [options, counts, record] = await Promise.all([
      this.loader.options(ctx, p.uuid),
      this.loader.counts(ctx, p.uuid),
      p.status === 'CLOSED' ? this.loader.record(ctx, p.uuid) : null,
    ]);
    const final = (record?.content as unknown as DecisionRecordContent | undefined)?.tally;
    return options.map((o) => {
      const frozen = final?.find((t) => t.optionId === o.id);
      return { option: toOptionModel(o), votes: frozen?.votes ?? counts.byOption[o.id] ?? 0, score: frozen?.score ?? null };
    });
  }

  @ResolveField(() => VoteModel, { nullable: true })
  async myVote(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<VoteModel | null> {
    const vote = await this.loader.myVote(ctx, viewer(ctx).id, p.uuid);
    return vote ? toVoteModel(vote, p.version) : null;
  }

  @ResolveField(() => [VoteModel], { description: 'The votes with their reasons, oldest first (at most 2,000; the record holds all); empty while the tally is hidden' })
  async votes(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<VoteModel[]> {
    if (!DecisionsPolicy.canSeeTally(this.facts(p))) return [];
    return (await this.loader.votesOf(ctx, p.uuid)).map((v) => toVoteModel(v, p.version));
  }

  @ResolveField(() => [VoterStatusModel], { description: 'The eligible voters (at most 2,000, by name) and whether each has voted' })
  async voters(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<VoterStatusModel[]> {
    return (await this.loader.voters(ctx, p.uuid)).map((v) => Object.assign(new VoterStatusModel(), { userId: v.userId, hasVoted: v.hasVoted, isAdvisor: v.isAdvisor }));
  }

  @ResolveField(() => [ArgumentModel], { description: 'Oldest first' })
  async arguments(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ArgumentModel[]> {
    return (await this.loader.argumentsOf(ctx, p.uuid)).map(toArgumentModel);
  }

  @ResolveField(() => [CommentModel], { description: 'Oldest first' })
  async comments(
    @Parent() p: ProposalModel,
    @Context() ctx: GraphqlContext,
    @Args('first', LIST_ARGS) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last comment already shown' }) after: string | null,
  ): Promise<CommentModel[]> {
    const limit = pageSize(first ?? MAX_PAGE_SIZE);
    return (await this.commentLoader.forSubject(ctx, 'Proposal', p.uuid, limit, afterUuid(after, 'Comment'))).map(toCommentModel);
  }

  @ResolveField(() => [ContentLinkModel], { description: 'Wiki pages and posts that link to this proposal and the caller may read, by title' })
  linkedFrom(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ContentLinkModel[]> {
    return this.loader.linkedFrom(ctx, viewer(ctx).id, p.uuid);
  }

  @ResolveField(() => Boolean)
  followedByMe(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.followLoader.isFollowing(ctx, viewer(ctx).id, 'Proposal', p.uuid);
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Reactions per emoji (only those with any), in the fixed emoji order' })
  reactions(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ReactionCountModel[]> {
    return this.reactionLoader.counts(ctx, viewer(ctx).id, 'Proposal', p.uuid);
  }

  @ResolveField(() => [ProposalRevisionModel], { description: 'Every version of the text, newest first' })
  async revisions(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ProposalRevisionModel[]> {
    return (await this.loader.revisions(ctx, p.uuid)).map((r) =>
      Object.assign(new ProposalRevisionModel(), { authorId: r.authorId, version: r.version, title: r.title, description: r.description, createdAt: r.createdAt }),
    );
  }

  @ResolveField(() => [DissentModel], { description: 'Minority statements, oldest first' })
  async dissents(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<DissentModel[]> {
    return (await this.loader.dissents(ctx, p.uuid)).map((d) => Object.assign(new DissentModel(), { userId: d.userId, body: d.body, createdAt: d.createdAt }));
  }

  @ResolveField(() => DecisionRecordModel, { nullable: true, description: 'The immutable record, once closed' })
  async record(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<DecisionRecordModel | null> {
    const record = await this.loader.record(ctx, p.uuid);
    if (!record) return null;
    const content = record.content as unknown as DecisionRecordContent;
    const dissents = await this.loader.dissents(ctx, p.uuid);
    const authors = await Promise.all(dissents.map((d) => this.users.model(ctx, d.userId)));
    const dissentLines = dissents.map((d, i) => ({ author: authors[i].displayName, body: d.body, createdAt: d.createdAt.toISOString() }));
    const model = Object.assign(new DecisionRecordModel(), {
      hash: record.hash,
      closedAt: record.closedAt,
      markdown: recordMarkdown(content, dissentLines, record.hash),
      ballotsCsv: ballotsCsv(content),
      ballotsBlt: ballotsBlt(content),
      json: '',
    });
    // The audit rows are read only when the JSON export is asked for.
    Object.defineProperty(model, 'json', {
      enumerable: true,
      get: () => this.recordJson(ctx, p.uuid, content, record.hash, dissentLines),
    });
    return model;
  }

  private async recordJson(ctx: GraphqlContext, proposalId: string, content: DecisionRecordContent, hash: string, dissents: unknown[]): Promise<string> {
    const audit = await this.loader.auditTrail(ctx, proposalId);
    return JSON.stringify(
      {
        record: content,
        recordHash: hash,
        hashAlgorithm: 'sha256 over the record in canonical JSON (object keys sorted at every level, no whitespace)',
        dissents,
        auditEntries: audit.map((a) => ({ ...a, occurredAt: a.occurredAt.toISOString() })),
        auditHashAlgorithm:
          'hash = sha256(canonical JSON of {prevHash, occurredAt, actorId, action, subjectType, subjectId, spaceId, data}); each entry links to the previous row of the whole chain by prevHash; the proposal.closed entry carries recordHash',
      },
      null,
      2,
    );
  }

  @ResolveField(() => Boolean, { description: 'The caller may vote now (eligible, open, before the closing time)' })
  async canVote(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    if (p.status !== 'OPEN' || (p.process !== 'ADVICE' && p.closesAt.getTime() <= Date.now())) return false;
    return this.loader.isVoter(ctx, viewer(ctx).id, p.uuid);
  }

  @ResolveField(() => Boolean, { description: 'The caller may close the proposal now' })
  async canClose(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    const user = viewer(ctx);
    return DecisionsPolicy.canClose(user.id, user.roles, (await this.space(ctx, p)).role, this.facts(p));
  }

  @ResolveField(() => Boolean, { description: 'The caller is the author: may amend, extend, withdraw, set the review date' })
  canChange(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): boolean {
    return DecisionsPolicy.canChange(viewer(ctx).id, this.facts(p));
  }

  @ResolveField(() => Boolean, { description: 'The caller may nudge the non-voters (a manager, while open)' })
  canNudge(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): boolean {
    return DecisionsPolicy.canNudge(viewer(ctx).roles, this.facts(p));
  }
}
