import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@pnyx/api/core/jobs';
import { encodeId } from '@pnyx/shared/contracts';
import { NotificationKind } from './notification.model';
import { NotificationRepository } from './notification.repository';
import { Recipients, proposalSubject } from './notification-sql';
import { Notifier } from './notifier';

export const CLOSING_SOON_TASK = 'notify-closing-soon';
export const closingSoonJobKey = (proposalId: string) => `notify-closing-soon:${proposalId}`;
/** The reminder goes out this long before a proposal closes (at once if less remains). */
export const CLOSING_SOON_MS = 24 * 60 * 60 * 1000;

/**
 * "Closes within a day, and you have not voted": one keyed job per proposal,
 * placed (or moved) when it opens or is extended, removed when it closes or
 * is withdrawn. The job writes PROPOSAL_CLOSING_SOON with the dedupe key
 * `closing-soon:<proposalId>`, so each eligible voter gets it at most once,
 * however often the job runs (late, twice, after a restart, on any replica).
 */
@Injectable()
export class ClosingSoonReminder implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationRepository,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ proposalId: string }>(CLOSING_SOON_TASK, async ({ proposalId }) => {
      await this.remind(proposalId);
    });
  }

  /**
   * Places the job from the proposal's current state (not the event's
   * payload: events arrive in any order), or removes it when it is no longer open.
   */
  async schedule(proposalId: string): Promise<void> {
    const proposal = await this.notifications.proposalSchedule(proposalId);
    if (!proposal || proposal.status !== 'OPEN') {
      await this.jobs.remove(closingSoonJobKey(proposalId));
      return;
    }
    const runAt = new Date(Math.max(Date.now(), proposal.closesAt.getTime() - CLOSING_SOON_MS));
    await this.jobs.add(CLOSING_SOON_TASK, { proposalId }, { runAt, jobKey: closingSoonJobKey(proposalId) });
  }

  async cancel(proposalId: string): Promise<void> {
    await this.jobs.remove(closingSoonJobKey(proposalId));
  }

  /**
   * Reminds the eligible voters who have not voted, if the proposal is open
   * and closes within a day (a job that ran early, before an extension moved
   * it, does nothing). Returns how many were reminded now.
   */
  remind(proposalId: string): Promise<number> {
    return this.notifier.notify({
      kind: NotificationKind.PROPOSAL_CLOSING_SOON,
      subject: proposalSubject('#vote', `pr.status = 'OPEN' AND pr.closes_at <= now() + interval '1441 minutes'`),
      recipients: Recipients.nonVoters,
      dedupeKey: `closing-soon:${proposalId}`,
      actorId: null,
      createdAt: new Date(),
      subjectId: proposalId,
      subjectGid: encodeId('Proposal', proposalId),
    });
  }
}
