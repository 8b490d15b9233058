import { ProposalSearchSource } from './proposal-search-source';
import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@pnyx/api/audit';
import { NodeRegistry } from '@pnyx/api/core/graphql';
import { SocialModule, SubjectRegistry } from '@pnyx/api/social';
import { SpaceRepository, SpacesModule } from '@pnyx/api/spaces';
import { ArgumentRepository } from './argument.repository';
import { DecisionBoardRepository } from './decision-board.repository';
import { DecisionLog } from './decision-log';
import {
  ArgumentFieldsResolver,
  DissentFieldsResolver,
  ProposalRevisionFieldsResolver,
  VoteFieldsResolver,
  VoterStatusFieldsResolver,
} from './decision-parts.resolver';
import { DecisionRecordRepository } from './decision-record.repository';
import { DecisionsException } from './decisions.exception';
import { ProposalAccess } from './proposal-access';
import { ProposalCloser } from './proposal-closer';
import { ProposalFieldsResolver } from './proposal-fields.resolver';
import { ProposalMutationResolver } from './proposal-mutation.resolver';
import { ProposalQueryResolver } from './proposal-query.resolver';
import { ProposalSubscriptionConsumer } from './proposal-subscription.consumer';
import { ProposalSubscriptionResolver } from './proposal-subscription.resolver';
import { ProposalLoader } from './proposal.loader';
import { toProposalModel } from './proposal.mapper';
import { ProposalModel } from './proposal.model';
import { ProposalRepository } from './proposal.repository';
import { ProposalService } from './proposal.service';
import { VoteRepository } from './vote.repository';
import { VoteService } from './vote.service';

/** Decisions: proposals, arguments, votes, automatic closes, records and the managers' view. */
@Module({
  imports: [SpacesModule, SocialModule, AuditModule],
  providers: [ProposalSearchSource, 
    ProposalRepository,
    VoteRepository,
    ArgumentRepository,
    DecisionRecordRepository,
    DecisionBoardRepository,
    DecisionLog,
    ProposalAccess,
    ProposalService,
    VoteService,
    ProposalCloser,
    ProposalLoader,
    ProposalQueryResolver,
    ProposalMutationResolver,
    ProposalFieldsResolver,
    VoteFieldsResolver,
    ArgumentFieldsResolver,
    VoterStatusFieldsResolver,
    ProposalRevisionFieldsResolver,
    DissentFieldsResolver,
    ProposalSubscriptionConsumer,
    ProposalSubscriptionResolver,
  ],
  exports: [DecisionLog, ProposalCloser],
})
export class DecisionsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly subjects: SubjectRegistry,
    private readonly loader: ProposalLoader,
    private readonly proposals: ProposalRepository,
    private readonly spaces: SpaceRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Proposal', ProposalModel, async (ctx, id) => {
      const user = ctx.req.user;
      const proposal = user ? await this.loader.visible(ctx, user.id, id) : null;
      if (!proposal) throw DecisionsException.proposalNotFound('id');
      return toProposalModel(proposal);
    });
    // Comments on and follows of proposals follow the proposal's space: anyone who can read it may comment and follow.
    this.subjects.register('Proposal', async (user, id, tx) => {
      const [proposal] = await this.proposals.findVisibleByIds(user.id, [id], tx);
      if (!proposal) {
        const exists = await this.proposals.lock(tx, id, 'share');
        return exists ? { spaceId: exists.spaceId, canRead: false, canComment: false } : null;
      }
      return { spaceId: proposal.spaceId, canRead: true, canComment: true };
    });
  }
}
