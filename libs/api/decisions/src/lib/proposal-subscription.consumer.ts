import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import { PubSub } from '@pnyx/api/core/realtime';
import { DomainEventType } from '@pnyx/shared/contracts';

/** The pub/sub topic of changes to proposals (votes, arguments, amendments, extension, close, withdrawal). */
export const PROPOSAL_UPDATED = 'proposal.updated';

export interface ProposalUpdatedMessage {
  proposalId: string;
  spaceId: string | null;
  /** The event type, e.g. vote.cast: what changed (never what was voted). */
  change: string;
  actorId: string | null;
}

const TYPES = [
  DomainEventType.VoteCast,
  DomainEventType.VoteChanged,
  DomainEventType.ArgumentAdded,
  DomainEventType.ProposalAmended,
  DomainEventType.ProposalExtended,
  DomainEventType.ProposalClosed,
  DomainEventType.ProposalWithdrawn,
  DomainEventType.DissentAdded,
];

/**
 * Committed proposal changes → the `proposal.updated` topic. Ids only: what a
 * subscriber may see (a hidden tally shows no counts) is decided per
 * subscriber when the proposal is loaded for it.
 */
@Injectable()
export class ProposalSubscriptionConsumer implements EventConsumer, OnModuleInit {
  readonly name = 'proposal-subscriptions';
  readonly types = TYPES;

  constructor(
    private readonly consumers: EventConsumers,
    private readonly pubSub: PubSub,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this);
  }

  async handle(event: PublishedEvent): Promise<void> {
    if (!(TYPES as string[]).includes(event.type)) return;
    await this.pubSub.publish<ProposalUpdatedMessage>(PROPOSAL_UPDATED, {
      proposalId: event.aggregateId,
      spaceId: event.spaceId,
      change: event.type,
      actorId: event.actorId,
    });
  }
}
