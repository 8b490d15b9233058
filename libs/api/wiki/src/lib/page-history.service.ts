import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import { validateVersion, type AuthUser } from '@pnyx/api/core/graphql';
import { PageAccess } from './page-access';
import { PageRevisionRepository } from './page-revision.repository';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageWriter } from './page-writer';
import { WikiException } from './wiki.exception';

/** Restoring old versions: a restore is a new version; nothing is ever deleted. */
@Injectable()
export class PageHistoryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly pageAccess: PageAccess,
    private readonly revisions: PageRevisionRepository,
    private readonly writer: PageWriter,
  ) {}

  /**
   * Writes version `version`'s title and body as the next version, audited.
   * With `baseVersion`, refuses (CONFLICT) when the page has moved on since.
   */
  async restore(user: AuthUser, pageGlobalId: string, version: number, baseVersion: number | null = null): Promise<PageEntity> {
    const id = pageUuid(pageGlobalId, 'pageId');
    validateVersion(version, 'version');
    if (baseVersion !== null) validateVersion(baseVersion, 'baseVersion');
    const page = await this.uow.run(user, async ({ tx, record }) => {
      const { page: current, space } = await this.pageAccess.requireEditable(user, id, tx, 'pageId');
      if (baseVersion !== null && baseVersion !== current.version) throw WikiException.staleVersion(baseVersion, current.version);
      const [old] = await this.revisions.find([[id, version]], tx);
      if (!old) throw WikiException.revisionNotFound('version', version);
      const newVersion = await this.writer.newVersion(
        tx,
        space,
        current,
        current.version,
        { title: old.title, body: old.body, summary: `Restored version ${version}`, restoredFrom: version },
        user.id,
      );
      await record({
        type: 'page.restored',
        aggregateType: 'Page',
        aggregateId: id,
        spaceId: space.id,
        payload: { restoredVersion: version, previousVersion: current.version, version: newVersion, title: old.title },
      });
      return this.writer.reload(tx, id);
    });
    return page;
  }
}
