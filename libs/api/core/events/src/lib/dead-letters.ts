import { Injectable } from '@nestjs/common';
import { DomainException, type ConnectionOf } from '@pnyx/api/core/graphql';
import { JobQueue, jobErrorSummary } from '@pnyx/api/core/jobs';
import { DataSource } from 'typeorm';
import { DELIVER_EVENT, type DeliverEventPayload } from './delivery';
import type { DeadLetterModel } from './dead-letter.model';

/**
 * Dead letters: `deliver-event` jobs that used all their attempts, which
 * graphile-worker keeps. Listing them joins each to its event's type;
 * retrying gives the job all its attempts again, now.
 */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async list(first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<DeadLetterModel>> {
    const page = await this.jobs.failedJobs(DELIVER_EVENT, first, after);
    const eventIds = page.nodes.map((job) => (job.payload as DeliverEventPayload).eventId).filter((id) => /^\d{1,18}$/.test(String(id)));
    const types = new Map<string, string>();
    if (eventIds.length) {
      const rows: { id: string; type: string }[] = await this.dataSource.query('SELECT id, type FROM outbox_event WHERE id = ANY($1::bigint[])', [eventIds]);
      for (const row of rows) types.set(String(row.id), row.type);
    }
    return {
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((job) => {
        const { consumer, eventId } = job.payload as DeliverEventPayload;
        return {
          id: job.id,
          consumer: String(consumer),
          eventId: String(eventId),
          eventType: types.get(String(eventId)) ?? null,
          attempts: job.attempts,
          lastError: jobErrorSummary(job.lastError),
          failedAt: job.failedAt,
        };
      }),
    };
  }

  /** Runs the dead letter again (with all its attempts); NOT_FOUND if `id` is not a dead letter. */
  async retry(id: string): Promise<true> {
    if (!(await this.jobs.retryFailed(DELIVER_EVENT, id))) throw DomainException.notFound('Dead letter', 'id');
    return true;
  }
}
