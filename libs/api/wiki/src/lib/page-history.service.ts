import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pnyx/api/audit';
import { TransactionRunner } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { AuditAction, DomainEventType } from '@pnyx/shared/contracts';
import { PageAccess } from './page-access';
import { PageRevisionRepository } from './page-revision.repository';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageWriter } from './page-writer';
import { WikiException } from './wiki.exception';

export function validateVersion(version: number, field: string): number {
  if (!Number.isInteger(version) || version < 1) throw DomainException.badInput(field, `${field} must be a version number (1 or more)`);
  return version;
}

/** Restoring old versions: a restore is a new version; nothing is ever deleted. */
@Injectable()
export class PageHistoryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly pageAccess: PageAccess,
    private readonly revisions: PageRevisionRepository,
    private readonly writer: PageWriter,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Writes version `version`'s title and body as the next version, audited.
   * With `baseVersion`, refuses (CONFLICT) when the page has moved on since.
   */
  async restore(user: AuthUser, pageGlobalId: string, version: number, baseVersion: number | null = null): Promise<PageEntity> {
    const id = pageUuid(pageGlobalId, 'pageId');
    validateVersion(version, 'version');
    if (baseVersion !== null) validateVersion(baseVersion, 'baseVersion');
    const page = await this.tx.run(async (tx) => {
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
      await this.audit.record(tx, {
        actorId: user.id,
        action: AuditAction.PageRestored,
        subjectType: 'Page',
        subjectId: id,
        spaceId: space.id,
        data: { restoredVersion: version, previousVersion: current.version, newVersion, title: old.title },
      });
      await this.outbox.record(tx, {
        type: DomainEventType.PageRestored,
        aggregateType: 'Page',
        aggregateId: id,
        spaceId: space.id,
        actorId: user.id,
        payload: { restoredVersion: version, version: newVersion, title: old.title },
      });
      return this.writer.reload(tx, id);
    });
    this.relay.nudge();
    return page;
  }
}
