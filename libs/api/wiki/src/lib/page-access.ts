import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { SpaceAccess } from '@pnyx/api/spaces';
import type { SpaceRole } from '@pnyx/shared/contracts';
import type { SpaceRef } from './page-renderer';
import type { PageEntity } from './page.entity';
import { PageRepository } from './page.repository';
import { WikiException } from './wiki.exception';

export interface EditablePage {
  page: PageEntity;
  space: SpaceRef;
  role: SpaceRole;
}

/** Pages follow their space: SpaceAccess decides, this applies it to a page. */
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

  /** Readable and the user is a member of its space (FORBIDDEN otherwise). */
  async requireEditable(user: AuthUser, pageId: string, tx: Tx, field = 'id'): Promise<EditablePage> {
    const page = await this.requireReadable(user, pageId, tx, field);
    const { space, role } = await this.access.requireMember(user, page.spaceId, tx, field);
    return { page, space: { id: space.id, key: space.key }, role: role as SpaceRole };
  }

  /** The space, if the user is a member (pages are written by members only). */
  async requireSpaceMember(user: AuthUser, spaceId: string, tx: Tx, field = 'spaceId'): Promise<SpaceRef> {
    const { space } = await this.access.requireMember(user, spaceId, tx, field);
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
