import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@pnyx/api/core/database';
import { keysetQuery, toConnection, validateVersion, type AuthUser, type ConnectionOf } from '@pnyx/api/core/graphql';
import { SpaceException, SpaceRepository, spaceUuid } from '@pnyx/api/spaces';
import { textDiff, type DiffLine } from '@pnyx/shared/markdown';
import { PageAccess } from './page-access';
import { normaliseLabel, validateBody } from './page-input.validation';
import type { ResolveTargets, RevisionRef, SpaceRef } from './page-renderer';
import { PageRenderer } from './page-renderer';
import type { PageRevisionEntity } from './page-revision.entity';
import { PageRevisionRepository } from './page-revision.repository';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { LABEL_ORDER, PageRepository } from './page.repository';
import { WikiException } from './wiki.exception';

export interface PageDiffResult {
  page: PageEntity;
  from: PageRevisionEntity;
  to: PageRevisionEntity;
  unified: string;
  lines: DiffLine[];
  /** The bodies differ too much to be matched line by line: the middle shows as removed, then added. */
  approximate: boolean;
}

const MAX_TEMPLATES = 100;

/** Reads that need more than a loader: diffs, previews, templates, label listings. */
@Injectable()
export class PageReader {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly pages: PageRepository,
    private readonly revisions: PageRevisionRepository,
    private readonly renderer: PageRenderer,
    private readonly pageAccess: PageAccess,
    private readonly spaces: SpaceRepository,
  ) {}

  /** The difference between any two versions (either order) of a page the user may read. */
  async diff(user: AuthUser, pageGlobalId: string, fromVersion: number, toVersion: number): Promise<PageDiffResult> {
    const id = pageUuid(pageGlobalId, 'pageId');
    validateVersion(fromVersion, 'fromVersion');
    validateVersion(toVersion, 'toVersion');
    const page = await this.pageAccess.requireReadable(user, id, undefined, 'pageId');
    const found = await this.revisions.find([[id, fromVersion], [id, toVersion]]);
    const from = found.find((r) => r.version === fromVersion);
    const to = found.find((r) => r.version === toVersion);
    if (!from) throw WikiException.revisionNotFound('fromVersion', fromVersion);
    if (!to) throw WikiException.revisionNotFound('toVersion', toVersion);
    const diff = textDiff(from.body, to.body, { fromLabel: `${page.slug} (version ${fromVersion})`, toLabel: `${page.slug} (version ${toVersion})` });
    return { page, from, to, unified: diff.unified, lines: diff.lines, approximate: diff.approximate };
  }

  /** Renders a draft exactly as saving it in the space would (wiki links resolved). */
  async preview(user: AuthUser, spaceGlobalId: string, body: string): Promise<string> {
    const space = await this.readableSpace(user, spaceGlobalId);
    return (await this.renderer.render(this.tx.reader, space, validateBody(body))).html;
  }

  /** A stored version's body as html, with links resolved as of now (through `resolve`, e.g. a request's loader). */
  renderHtml(space: SpaceRef, revision: RevisionRef, resolve: ResolveTargets): Promise<string> {
    return this.renderer.renderRevision(resolve, space, revision);
  }

  async templates(user: AuthUser, spaceKey: string): Promise<PageEntity[]> {
    const space = await this.spaceByKey(user, spaceKey);
    return this.pages.templates(space.id, MAX_TEMPLATES);
  }

  async withLabel(user: AuthUser, spaceKey: string, label: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionOf<PageEntity>> {
    const window = keysetQuery(LABEL_ORDER, first, after);
    const space = await this.spaceByKey(user, spaceKey);
    const rows = await this.pages.withLabel(space.id, normaliseLabel(label), window);
    return toConnection(rows, window, (p) => [p.sortKey, p.id], (p) => p);
  }

  private async spaceByKey(user: AuthUser, spaceKey: string): Promise<SpaceRef> {
    const found = await this.spaces.findVisibleByKey(user.id, spaceKey.trim());
    if (!found) throw SpaceException.spaceNotFound('spaceKey');
    return { id: found.space.id, key: found.space.key };
  }

  private async readableSpace(user: AuthUser, spaceGlobalId: string): Promise<SpaceRef> {
    const [found] = await this.spaces.findVisibleByIds(user.id, [spaceUuid(spaceGlobalId)]);
    if (!found) throw SpaceException.spaceNotFound('spaceId');
    return { id: found.space.id, key: found.space.key };
  }
}
