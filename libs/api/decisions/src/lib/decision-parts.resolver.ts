import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader, UserModel } from '@pnyx/api/identity';
import { ProposalLoader } from './proposal.loader';
import { toOptionModel } from './proposal.mapper';
import { ArgumentModel, DissentModel, ProposalOptionModel, ProposalRevisionModel, VoteModel, VoterStatusModel } from './proposal.model';

/** Vote fields: who, and the option(s) chosen, through the proposal's option loader. */
@Resolver(() => VoteModel)
export class VoteFieldsResolver {
  constructor(
    private readonly loader: ProposalLoader,
    private readonly users: UserLoader,
  ) {}

  @ResolveField(() => UserModel)
  voter(@Parent() v: VoteModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, v.voterId);
  }

  @ResolveField(() => ProposalOptionModel, { nullable: true })
  async option(@Parent() v: VoteModel, @Context() ctx: GraphqlContext): Promise<ProposalOptionModel | null> {
    if (!v.optionUuid) return null;
    const found = (await this.loader.options(ctx, v.proposalUuid)).find((o) => o.id === v.optionUuid);
    return found ? toOptionModel(found) : null;
  }

  @ResolveField(() => [ProposalOptionModel], { nullable: true })
  async ranking(@Parent() v: VoteModel, @Context() ctx: GraphqlContext): Promise<ProposalOptionModel[] | null> {
    if (!v.rankingUuids) return null;
    const options = new Map((await this.loader.options(ctx, v.proposalUuid)).map((o) => [o.id, o]));
    return v.rankingUuids.flatMap((id) => (options.has(id) ? [toOptionModel(options.get(id)!)] : []));
  }
}

@Resolver(() => ArgumentModel)
export class ArgumentFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  author(@Parent() a: ArgumentModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, a.authorId);
  }
}

@Resolver(() => VoterStatusModel)
export class VoterStatusFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  user(@Parent() v: VoterStatusModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, v.userId);
  }
}

@Resolver(() => ProposalRevisionModel)
export class ProposalRevisionFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  author(@Parent() r: ProposalRevisionModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, r.authorId);
  }
}

@Resolver(() => DissentModel)
export class DissentFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserModel)
  author(@Parent() d: DissentModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return this.users.model(ctx, d.userId);
  }
}
