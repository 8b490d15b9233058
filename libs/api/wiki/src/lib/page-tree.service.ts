import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@pnyx/api/core/events';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { PageAccess } from './page-access';
import { validatePosition } from './page-input.validation';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageRepository } from './page.repository';
import { PageWriter } from './page-writer';
import { WikiException } from './wiki.exception';

/** Moving and deleting pages: tree changes, serialised per space by the tree lock. */
@Injectable()
export class PageTreeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly pages: PageRepository,
    private readonly pageAccess: PageAccess,
    private readonly writer: PageWriter,
  ) {}

  /**
   * Moves the page under `parentGlobalId` (null: to the root) at `position`
   * among its new siblings (null: last). Refuses a parent in another space and
   * a parent that is the page itself or lies below it.
   */
  async move(user: AuthUser, pageGlobalId: string, parentGlobalId: string | null, position: number | null): Promise<PageEntity> {
    const id = pageUuid(pageGlobalId, 'id');
    const parentId = parentGlobalId ? pageUuid(parentGlobalId, 'parentId') : null;
    const wanted = validatePosition(position);
    const page = await this.uow.run(user, async ({ tx, record }) => {
      const { page: current, space } = await this.pageAccess.requireEditable(user, id, tx);
      if (current.isTemplate) throw WikiException.templateOutsideTree();
      await this.pages.lockTree(tx, space.id);
      if (parentId) {
        await this.pageAccess.requireParent(user, parentId, space.id, tx);
        if (await this.pages.isSelfOrDescendant(tx, parentId, id)) throw WikiException.ownAncestor();
      }
      const siblings = await this.pages.siblingIds(tx, space.id, parentId, id);
      const index = wanted === null ? siblings.length : Math.min(wanted, siblings.length);
      siblings.splice(index, 0, id);
      await this.pages.placeUnder(tx, parentId, siblings);
      await record({
        type: 'page.moved',
        aggregateType: 'Page',
        aggregateId: id,
        spaceId: space.id,
        payload: { fromParentId: current.parentId, toParentId: parentId, position: index },
      });
      return this.writer.reload(tx, id);
    });
    return page;
  }

  /**
   * Soft-deletes the page (owners, or the member who created it), audited.
   * Its subpages move up to its parent; its history stays; its slugs are freed
   * and links to it become "create this page" links again.
   */
  async delete(user: AuthUser, pageGlobalId: string): Promise<boolean> {
    const id = pageUuid(pageGlobalId, 'id');
    await this.uow.run(user, async ({ tx, record }) => {
      const { page, space } = await this.pageAccess.requireDeletable(user, id, tx);
      await this.pages.lockTree(tx, space.id);
      if ((await this.pages.lockVersion(tx, id)) === null) throw WikiException.pageNotFound();
      const children = await this.pages.siblingIds(tx, space.id, id, null);
      await this.pages.placeUnder(tx, page.parentId, children, await this.pages.nextPosition(tx, space.id, page.parentId));
      await this.pages.softDelete(tx, id, user.id);
      await this.writer.removed(tx, id);
      await record({
        type: 'page.deleted',
        aggregateType: 'Page',
        aggregateId: id,
        spaceId: space.id,
        payload: { title: page.title, slug: page.slug, version: page.version, isTemplate: page.isTemplate, childrenMoved: children.length },
      });
    });
    return true;
  }
}
