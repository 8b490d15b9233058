import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { PageAccess } from './page-access';
import { MAX_LABELS, normaliseLabel } from './page-input.validation';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageWriter } from './page-writer';

/** Labelling pages one label at a time (labels are not versioned). Members only. */
@Injectable()
export class PageLabelService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly pageAccess: PageAccess,
    private readonly writer: PageWriter,
  ) {}

  add(user: AuthUser, pageGlobalId: string, label: string): Promise<PageEntity> {
    return this.change(user, pageGlobalId, normaliseLabel(label), 'add');
  }

  remove(user: AuthUser, pageGlobalId: string, label: string): Promise<PageEntity> {
    return this.change(user, pageGlobalId, normaliseLabel(label), 'remove');
  }

  private async change(user: AuthUser, pageGlobalId: string, label: string, change: 'add' | 'remove'): Promise<PageEntity> {
    const id = pageUuid(pageGlobalId, 'pageId');
    return this.uow.run(user, async ({ tx, record }) => {
      const { space } = await this.pageAccess.requireEditable(user, id, tx, 'pageId');
      const changed = change === 'add' ? await this.writer.addLabel(tx, id, label) : await this.writer.removeLabel(tx, id, label);
      if (changed && change === 'add' && (await this.writer.labelCount(tx, id)) > MAX_LABELS) {
        throw DomainException.badInput('label', `A page has at most ${MAX_LABELS} labels`);
      }
      if (changed) {
        await record({
          type: 'page.labels_changed',
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          payload: change === 'add' ? { added: label } : { removed: label },
        });
      }
      return this.writer.reload(tx, id);
    });
  }
}
