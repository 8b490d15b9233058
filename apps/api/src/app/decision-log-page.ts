import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventConsumers, type EventConsumer, type PublishedEvent } from '@pnyx/api/core/events';
import { JobQueue } from '@pnyx/api/core/jobs';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { DecisionLog } from '@pnyx/api/decisions';
import { UserRepository } from '@pnyx/api/identity';
import { SpaceRepository } from '@pnyx/api/spaces';
import { PageRepository, PageService } from '@pnyx/api/wiki';
import { DomainEventType, encodeId } from '@pnyx/shared/contracts';

export const DECISION_LOG_SLUG = 'decision-log';
export const DECISION_LOG_TITLE = 'Decision log';
const PAGE_TASK = 'decision-log-page';

/**
 * Keeps a wiki page "Decision log" in each space up to date: after each close
 * its body is the space's decision log (the same Markdown as the export).
 * Lives in the composition root because it joins two content domains that
 * never import each other (decisions and the wiki). Written through the wiki's
 * own use cases as the space's first owner, so the page has versions, audit
 * and events like any page. The rewrite is a keyed job in a named queue per
 * space: never two at once for one space (no second page), bursts coalesce.
 */
@Injectable()
export class DecisionLogPage implements EventConsumer, OnModuleInit {
  private readonly logger = new Logger(DecisionLogPage.name);
  readonly name = 'decision-log-page';
  readonly types = [DomainEventType.ProposalClosed];

  constructor(
    private readonly consumers: EventConsumers,
    private readonly log: DecisionLog,
    private readonly spaces: SpaceRepository,
    private readonly users: UserRepository,
    private readonly pages: PageRepository,
    private readonly pageService: PageService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this);
    this.jobs.define<{ spaceId: string }>(PAGE_TASK, ({ spaceId }) => this.rewrite(spaceId));
  }

  /** One rewrite per space at a time (a named queue), and a burst of closes coalesces into one (a keyed job). */
  async handle(event: PublishedEvent): Promise<void> {
    if (event.type !== DomainEventType.ProposalClosed || !event.spaceId) return;
    const key = `${PAGE_TASK}:${event.spaceId}`;
    await this.jobs.add(PAGE_TASK, { spaceId: event.spaceId }, { jobKey: key, queueName: key });
  }

  /** The page's body becomes the space's decision log (created on the first close). */
  async rewrite(spaceId: string): Promise<void> {
    const owner = await this.ownerOf(spaceId);
    if (!owner) {
      this.logger.warn(`Space ${spaceId} has no owner: its decision log page is not updated`);
      return;
    }
    const found = (await this.spaces.findVisibleByIds(owner.id, [spaceId]))[0];
    if (!found) return;
    const { key, name } = found.space;
    const body = await this.log.markdown(spaceId, name, key);
    const existing = await this.pages.findVisibleBySlug(owner.id, key, DECISION_LOG_SLUG);
    if (!existing) {
      await this.pageService.create(owner, { spaceId: encodeId('Space', spaceId), title: DECISION_LOG_TITLE, body, labels: ['decisions'] });
      return;
    }
    if (existing.page.body === body) return;
    await this.pageService.update(owner, {
      id: encodeId('Page', existing.page.id),
      baseVersion: existing.page.version,
      body,
      summary: 'Decision log updated after a proposal closed',
    });
  }

  private async ownerOf(spaceId: string): Promise<AuthUser | null> {
    const owners = (await this.spaces.membersOf([spaceId])).filter((m) => m.role === 'OWNER').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    if (!owners.length) return null;
    const [user] = await this.users.findByIds([owners[0].userId]);
    return user ? { id: user.id, subject: user.subject, username: user.username, displayName: user.displayName, email: user.email, roles: user.roles } : null;
  }
}
