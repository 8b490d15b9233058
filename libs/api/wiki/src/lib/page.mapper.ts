import { uuidOf } from '@pnyx/api/core/graphql';
import { encodeId } from '@pnyx/shared/contracts';
import type { PageRevisionEntity } from './page-revision.entity';
import type { PageEntity } from './page.entity';
import { PageModel, PageRevisionModel } from './page.model';
import { WikiException } from './wiki.exception';

export function toPageModel(page: PageEntity): PageModel {
  return Object.assign(new PageModel(), {
    id: encodeId('Page', page.id),
    uuid: page.id,
    spaceId: page.spaceId,
    parentId: page.parentId,
    createdById: page.createdBy,
    updatedById: page.updatedBy,
    title: page.title,
    slug: page.slug,
    body: page.body,
    html: page.html,
    version: page.version,
    position: page.position,
    isTemplate: page.isTemplate,
    createdAt: page.createdAt,
    updatedAt: page.updatedAt,
  });
}

/** `body` may be left out (a list fetched without bodies, for a selection that shows none). */
export function toPageRevisionModel(revision: Omit<PageRevisionEntity, 'body'> & { body?: string }, spaceId: string): PageRevisionModel {
  return Object.assign(new PageRevisionModel(), {
    pageId: revision.pageId,
    spaceId,
    authorId: revision.authorId,
    version: revision.version,
    title: revision.title,
    body: revision.body,
    summary: revision.summary,
    restoredFrom: revision.restoredFrom,
    createdAt: revision.createdAt,
  });
}

/** The page uuid behind a global id, or NOT_FOUND naming `field`. */
export function pageUuid(globalId: string, field: string): string {
  return uuidOf(globalId, 'Page', field, WikiException.pageNotFound);
}
