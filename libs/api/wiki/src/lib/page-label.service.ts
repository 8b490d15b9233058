import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { DomainEventType } from '@pnyx/shared/contracts';
import { PageAccess } from './page-access';
import { MAX_LABELS, normaliseLabel } from './page-input.validation';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageWriter } from './page-writer';

/** Labelling pages one label at a time (labels are not versioned). Members only. */
@Injectable()
export class PageLabelService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly pageAccess: PageAccess,
    private readonly writer: PageWriter,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  add(user: AuthUser, pageGlobalId: string, label: string): Promise<PageEntity> {
    return this.change(user, pageGlobalId, normaliseLabel(label), 'add');
  }

  remove(user: AuthUser, pageGlobalId: string, label: string): Promise<PageEntity> {
    return this.change(user, pageGlobalId, normaliseLabel(label), 'remove');
  }

  private async change(user: AuthUser, pageGlobalId: string, label: string, change: 'add' | 'remove'): Promise<PageEntity> {
    const id = pageUuid(pageGlobalId, 'pageId');
    const { page, changed } = await this.tx.run(async (tx) => {
      const { space } = await this.pageAccess.requireEditable(user, id, tx, 'pageId');
      const changed = change === 'add' ? await this.writer.addLabel(tx, id, label) : await this.writer.removeLabel(tx, id, label);
      if (changed && change === 'add' && (await this.writer.labelCount(tx, id)) > MAX_LABELS) {
        throw DomainException.badInput('label', `A page has at most ${MAX_LABELS} labels`);
      }
      if (changed) {
        await this.outbox.record(tx, {
          type: DomainEventType.PageLabelsChanged,
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          actorId: user.id,
          payload: change === 'add' ? { added: label } : { removed: label },
        });
      }
      return { page: await this.writer.reload(tx, id), changed };
    });
    if (changed) this.relay.nudge();
    return page;
  }
}
