import { uuidOf } from '@pnyx/api/core/graphql';
import { encodeId } from '@pnyx/shared/contracts';
import { renderMarkdown } from '@pnyx/shared/markdown';
import type { ArgumentEntity } from './argument.entity';
import { DecisionsException } from './decisions.exception';
import type { ProposalOptionEntity } from './proposal-option.entity';
import { ADVICE_GRACE_MS } from './proposal-jobs';
import type { ProposalEntity } from './proposal.entity';
import { ArgumentModel, ProposalModel, ProposalOptionModel, VoteModel, type ArgumentSide, type DecisionProcess, type ProposalOutcome, type ProposalStatus } from './proposal.model';
import type { VoteEntity } from './vote.entity';

export function proposalUuid(id: string, field = 'id'): string {
  return uuidOf(id, 'Proposal', field, (f) => DecisionsException.proposalNotFound(f));
}

export function toProposalModel(p: ProposalEntity): ProposalModel {
  return Object.assign(new ProposalModel(), {
    id: encodeId('Proposal', p.id),
    uuid: p.id,
    spaceId: p.spaceId,
    authorId: p.authorId,
    winningOptionUuid: p.winningOptionId,
    hideTally: p.hideTally,
    title: p.title,
    description: p.description,
    html: p.html,
    version: p.version,
    process: p.process as DecisionProcess,
    status: p.status as ProposalStatus,
    outcome: p.outcome as ProposalOutcome | null,
    outcomeStatement: p.outcomeStatement,
    closesAt: p.closesAt,
    closedAt: p.closedAt,
    decisionDeadline: p.process === 'ADVICE' && p.status === 'OPEN' ? new Date(p.closesAt.getTime() + ADVICE_GRACE_MS) : null,
    quorumPercent: p.quorumPercent,
    tallyHidden: p.hideTally,
    eligibleVoterCount: p.eligibleVoterCount,
    createdAt: p.createdAt,
    reviewAt: p.reviewAt,
  });
}

export function toOptionModel(o: Pick<ProposalOptionEntity, 'id' | 'code' | 'label'>): ProposalOptionModel {
  return Object.assign(new ProposalOptionModel(), { id: encodeId('ProposalOption', o.id), uuid: o.id, label: o.label, code: o.code });
}

export function toVoteModel(v: VoteEntity, currentVersion: number): VoteModel {
  return Object.assign(new VoteModel(), {
    id: encodeId('Vote', v.id),
    voterId: v.voterId,
    proposalUuid: v.proposalId,
    optionUuid: v.optionId,
    rankingUuids: v.ranking,
    reason: v.reason,
    proposalVersion: v.proposalVersion,
    outdated: v.proposalVersion < currentVersion,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  });
}

export function toArgumentModel(a: ArgumentEntity): ArgumentModel {
  return Object.assign(new ArgumentModel(), {
    id: encodeId('Argument', a.id),
    authorId: a.authorId,
    side: a.side as ArgumentSide,
    body: a.body,
    html: renderMarkdown(a.body),
    createdAt: a.createdAt,
  });
}
