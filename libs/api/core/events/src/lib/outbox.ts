import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { DomainEvent } from './domain-event';

/** Records domain events inside the caller's transaction (the outbox). */
@Injectable()
export class Outbox {
  async record(tx: Tx, event: DomainEvent): Promise<void> {
    await tx.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, space_id, actor_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.type, event.aggregateType, event.aggregateId, event.spaceId ?? null, event.actorId ?? null, event.payload ?? {}],
    );
  }
}
