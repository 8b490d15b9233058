import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionalListeners, type UseCase } from '@pnyx/api/core/events';
import type { JsonObject } from '@pnyx/api/core/database';
import { AuditAction, type DomainEventOf, type DomainEventType } from '@pnyx/shared/contracts';
import { AuditLog, type AuditRecord } from './audit-log';

type Entry = Pick<AuditRecord, 'action' | 'data'>;

/** Which domain events a regulator cares about, and what their audit row says. */
export function auditEntryFor(event: DomainEventOf<DomainEventType>): Entry | null {
  switch (event.type) {
    case 'space.created': {
      const p = (event as DomainEventOf<'space.created'>).payload;
      return { action: AuditAction.SpaceCreated, data: { key: p.key, visibility: p.visibility, owner: p.owner } };
    }
    case 'space.member_added': {
      const p = (event as DomainEventOf<'space.member_added'>).payload;
      return {
        action: p.previousRole ? AuditAction.SpaceMemberRoleChanged : AuditAction.SpaceMemberAdded,
        data: { username: p.username, userId: p.userId, role: p.role, previousRole: p.previousRole },
      };
    }
    case 'page.restored': {
      const p = (event as DomainEventOf<'page.restored'>).payload;
      return { action: AuditAction.PageRestored, data: { restoredVersion: p.restoredVersion, previousVersion: p.previousVersion, newVersion: p.version, title: p.title } };
    }
    case 'page.deleted': {
      const p = (event as DomainEventOf<'page.deleted'>).payload;
      return { action: AuditAction.PageDeleted, data: { title: p.title, slug: p.slug, version: p.version, isTemplate: p.isTemplate, childrenMoved: p.childrenMoved } };
    }
    case 'proposal.opened': {
      const p = (event as DomainEventOf<'proposal.opened'>).payload;
      return {
        action: AuditAction.ProposalOpened,
        data: { title: p.title, process: p.process, closesAt: p.closesAt, quorumPercent: p.quorumPercent, eligibleVoterCount: p.eligibleVoterCount, hideTally: p.hideTally },
      };
    }
    case 'proposal.extended': {
      const p = (event as DomainEventOf<'proposal.extended'>).payload;
      return { action: AuditAction.ProposalExtended, data: { closesAt: p.closesAt, previousClosesAt: p.previousClosesAt } };
    }
    case 'vote.cast': {
      const p = (event as DomainEventOf<'vote.cast'>).payload;
      return { action: AuditAction.VoteCast, data: { voteId: p.voteId, voterId: p.voterId, optionId: p.optionId, ranking: p.ranking, reasonGiven: p.reasonGiven, proposalVersion: p.proposalVersion } };
    }
    case 'vote.changed': {
      const p = (event as DomainEventOf<'vote.changed'>).payload;
      return {
        action: AuditAction.VoteChanged,
        data: {
          voteId: p.voteId,
          voterId: p.voterId,
          optionId: p.optionId,
          ranking: p.ranking,
          reasonGiven: p.reasonGiven,
          proposalVersion: p.proposalVersion,
          previousOptionId: p.previousOptionId,
          previousRanking: p.previousRanking,
        },
      };
    }
    case 'proposal.closed': {
      const p = (event as DomainEventOf<'proposal.closed'>).payload;
      return {
        action: AuditAction.ProposalClosed,
        data: {
          outcome: p.outcome,
          winningOptionId: p.winningOptionId,
          statement: p.statement,
          voteCount: p.voteCount,
          eligibleVoterCount: p.eligibleVoterCount,
          recordHash: p.recordHash,
          by: p.by,
        },
      };
    }
    case 'proposal.withdrawn': {
      const p = (event as DomainEventOf<'proposal.withdrawn'>).payload;
      return { action: AuditAction.ProposalWithdrawn, data: { title: p.title, voteCount: p.voteCount } };
    }
    case 'dissent.added': {
      const p = (event as DomainEventOf<'dissent.added'>).payload;
      return { action: AuditAction.DissentAdded, data: { userId: p.userId } };
    }
    default:
      return null;
  }
}

/**
 * Learns about regulated writes from their domain events and appends the
 * audit row in the same transaction, so no audited write commits without
 * its row and no row exists for a write that rolled back.
 */
@Injectable()
export class AuditTrail implements OnModuleInit {
  constructor(
    private readonly listeners: TransactionalListeners,
    private readonly log: AuditLog,
  ) {}

  onModuleInit(): void {
    this.listeners.add((uc, event) => this.write(uc, event));
  }

  private async write(uc: UseCase, event: DomainEventOf<DomainEventType>): Promise<void> {
    const entry = auditEntryFor(event);
    if (!entry) return;
    await this.log.record(uc.tx, {
      actorId: uc.viewer?.id ?? null,
      action: entry.action,
      subjectType: event.aggregateType,
      subjectId: event.aggregateId,
      spaceId: event.spaceId,
      data: entry.data as JsonObject,
    });
  }
}
