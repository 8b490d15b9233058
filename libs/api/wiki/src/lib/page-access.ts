import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { SpaceAccess } from '@pnyx/api/spaces';
import type { SpaceRole } from '@pnyx/shared/contracts';
import type { SpaceRef } from './page-renderer';
import type { PageEntity } from './page.entity';
import { PagePolicy } from './page.policy';
import { PageRepository } from './page.repository';
import { WikiException } from './wiki.exception';

export interface EditablePage {
  page: PageEntity;
  space: SpaceRef;
  role: SpaceRole | null;
}

/**
 * Pages follow their space: SpaceAccess finds the space and the caller's
 * role, and PagePolicy — the same predicates that answer `Page.canEdit`,
 * `canDelete` and `canComment` — decides each write.
 */
@Injectable()
export class PageAccess {
  constructor(
    private readonly pages: PageRepository,
    private readonly access: SpaceAccess,
  ) {}

  /** The live page if the user may read it, else NOT_FOUND naming `field` (hidden looks like missing). */
  async requireReadable(user: AuthUser, pageId: string, tx?: Tx, field = 'id'): Promise<PageEntity> {
    const [page] = await this.pages.findVisibleByIds(user.id, [pageId], tx);
    if (!page) throw WikiException.pageNotFound(field);
    return page;
  }

  /** Readable, and PagePolicy.canEdit (FORBIDDEN otherwise); page, space and role in one statement. */
  async requireEditable(user: AuthUser, pageId: string, tx: Tx, field = 'id'): Promise<EditablePage> {
    const found = await this.pages.findWithRole(tx, user.id, pageId);
    if (!found) throw WikiException.pageNotFound(field);
    if (!PagePolicy.canEdit(found.role)) throw WikiException.cannotEdit();
    return { page: found.page, space: { id: found.page.spaceId, key: found.spaceKey }, role: found.role };
  }

  /** Editable, and PagePolicy.canDelete (FORBIDDEN otherwise). */
  async requireDeletable(user: AuthUser, pageId: string, tx: Tx, field = 'id'): Promise<EditablePage> {
    const editable = await this.requireEditable(user, pageId, tx, field);
    if (!PagePolicy.canDelete(editable.role, editable.page.createdBy === user.id)) throw WikiException.cannotDelete();
    return editable;
  }

  /** The space, if PagePolicy lets the user create pages in it. */
  async requireCreatable(user: AuthUser, spaceId: string, tx: Tx, field = 'spaceId'): Promise<SpaceRef> {
    const { space, role } = await this.access.requireReadable(user, spaceId, tx, field);
    if (!PagePolicy.canEdit(role)) throw WikiException.cannotEdit();
    return { id: space.id, key: space.key };
  }

  /** A parent (or move target) for a page of `spaceId`: readable, same space, not a template. */
  async requireParent(user: AuthUser, parentId: string, spaceId: string, tx: Tx): Promise<PageEntity> {
    const parent = await this.requireReadable(user, parentId, tx, 'parentId');
    if (parent.spaceId !== spaceId) throw WikiException.parentInOtherSpace();
    if (parent.isTemplate) throw WikiException.templateOutsideTree();
    return parent;
  }
}
