import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { slugify } from '@pnyx/shared/markdown';
import { PageLabelRepository } from './page-label.repository';
import { PageLinkRepository } from './page-link.repository';
import { ContentReferences } from '@pnyx/api/social';
import { PageRenderer, type SpaceRef } from './page-renderer';
import { PageRevisionRepository } from './page-revision.repository';
import type { PageEntity } from './page.entity';
import { PageRepository } from './page.repository';
import { WikiException } from './wiki.exception';
import { RESERVED_SLUGS } from './wiki-link-target';

export interface NewPageContent {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  body: string;
  isTemplate: boolean;
  labels: readonly string[];
}

export interface VersionContent {
  title: string;
  body: string;
  summary: string | null;
  restoredFrom: number | null;
}

/** Pages re-rendered in one write because their links changed target; more wait for their next save. */
const MAX_REFRESH = 200;

/**
 * The write steps every page use case shares, inside the caller's
 * transaction: slugs, versions (guarded), revisions, links, labels, and
 * re-rendering pages whose links start or stop pointing somewhere.
 */
@Injectable()
export class PageWriter {
  constructor(
    private readonly pages: PageRepository,
    private readonly revisions: PageRevisionRepository,
    private readonly links: PageLinkRepository,
    private readonly labels: PageLabelRepository,
    private readonly renderer: PageRenderer,
    private readonly references: ContentReferences,
  ) {}

  /** Writes a new page and its version 1. Call under the space's tree lock (slugs are picked free). */
  async create(tx: Tx, space: SpaceRef, content: NewPageContent, userId: string): Promise<void> {
    const slug = await this.freeSlug(tx, space.id, content.title);
    await this.pages.insert(tx, {
      id: content.id,
      spaceId: space.id,
      parentId: content.parentId,
      position: content.position,
      title: content.title,
      slug,
      body: content.body,
      html: '',
      version: 1,
      isTemplate: content.isTemplate,
      createdBy: userId,
      updatedBy: userId,
    });
    await this.links.addSlug(tx, space.id, content.id, slug);
    const keys = [slug];
    const titleKey = slugify(content.title);
    if (titleKey && titleKey !== slug && !RESERVED_SLUGS.has(titleKey) && (await this.links.addSlug(tx, space.id, content.id, titleKey))) keys.push(titleKey);
    const rendered = await this.renderer.render(tx, space, content.body, content.id);
    await this.pages.setHtml(tx, content.id, 1, rendered.html);
    await this.revisions.insert(tx, { pageId: content.id, version: 1, title: content.title, body: content.body, summary: null, restoredFrom: null, authorId: userId });
    await this.links.replaceLinks(tx, content.id, 1, rendered.links);
    await this.labels.replace(tx, content.id, content.labels);
    await this.references.replace(tx, { type: 'Page', id: content.id, spaceId: space.id, title: content.title, path: `/s/${space.key}/${slug}` }, content.body, '');
    const linking = await this.links.resolvePending(tx, space.key.toLowerCase(), keys, content.id);
    await this.refresh(tx, linking, content.id);
  }

  /**
   * Writes `content` as the version after `baseVersion`, or throws CONFLICT
   * having written nothing (the guarded UPDATE is the check). Returns the new version.
   */
  async newVersion(tx: Tx, space: SpaceRef, page: PageEntity, baseVersion: number, content: VersionContent, userId: string): Promise<number> {
    return (await this.saveVersion(tx, space, page, baseVersion, content, userId)).version;
  }

  /** `newVersion`, returning the page as written (no need to read it back). */
  async saveVersion(tx: Tx, space: SpaceRef, page: PageEntity, baseVersion: number, content: VersionContent, userId: string): Promise<PageEntity> {
    const rendered = await this.renderer.render(tx, space, content.body, page.id);
    const note = { summary: content.summary, restoredFrom: content.restoredFrom };
    const written = await this.pages.updateContent(tx, page.id, baseVersion, { title: content.title, body: content.body, html: rendered.html }, note, userId);
    if (written === null) throw WikiException.staleVersion(baseVersion, (await this.pages.currentVersion(tx, page.id)) ?? baseVersion);
    await this.links.replaceLinks(tx, page.id, written.version, rendered.links);
    await this.references.replace(tx, { type: 'Page', id: page.id, spaceId: space.id, title: content.title, path: `/s/${space.key}/${page.slug}` }, content.body, page.body);
    if (content.title !== page.title) {
      // The new title's slug leads here too (if free), so `[[New title]]` links resolve.
      const key = slugify(content.title);
      if (key && !RESERVED_SLUGS.has(key) && (await this.links.addSlug(tx, space.id, page.id, key))) {
        await this.refresh(tx, await this.links.resolvePending(tx, space.key.toLowerCase(), [key], page.id), page.id);
      }
    }
    return written;
  }

  /** Sets the labels exactly; true when anything changed. */
  setLabels(tx: Tx, pageId: string, labels: readonly string[]): Promise<boolean> {
    return this.labels.replace(tx, pageId, labels);
  }

  addLabel(tx: Tx, pageId: string, label: string): Promise<boolean> {
    return this.labels.add(tx, pageId, label);
  }

  removeLabel(tx: Tx, pageId: string, label: string): Promise<boolean> {
    return this.labels.remove(tx, pageId, label);
  }

  labelCount(tx: Tx, pageId: string): Promise<number> {
    return this.labels.count(tx, pageId);
  }

  async labelsOf(tx: Tx, pageId: string): Promise<string[]> {
    return (await this.labels.forPages([pageId], tx)).map((l) => l.label);
  }

  /** The page as just written. */
  async reload(tx: Tx, pageId: string): Promise<PageEntity> {
    const page = await this.pages.findLive(tx, pageId);
    if (!page) throw WikiException.pageNotFound();
    return page;
  }

  /** After a soft delete: frees the slugs and turns links to the page back into "create this page" links. */
  async removed(tx: Tx, pageId: string): Promise<void> {
    await this.links.releaseSlugs(tx, pageId);
    await this.references.remove(tx, 'Page', pageId);
    await this.refresh(tx, await this.links.unresolve(tx, pageId), pageId);
  }

  /** A slug not yet used in the space: slugify(title), else "page"; "-2", "-3", … when taken. */
  private async freeSlug(tx: Tx, spaceId: string, title: string): Promise<string> {
    const base = slugify(title) || 'page';
    const taken = await this.links.slugsLike(tx, spaceId, base);
    if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
    for (let n = 2; ; n++) {
      if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
    }
  }

  /** Re-renders the html (and stored links) of pages whose link targets changed; their version stays. */
  private async refresh(tx: Tx, pageIds: readonly string[], exceptId: string): Promise<void> {
    const ids = pageIds.filter((id) => id !== exceptId).slice(0, MAX_REFRESH);
    for (const page of await this.pages.findLiveInSpaces(tx, ids)) {
      const rendered = await this.renderer.render(tx, { id: page.spaceId, key: page.spaceKey }, page.body, page.id);
      await this.pages.setHtml(tx, page.id, page.version, rendered.html);
      await this.links.replaceLinks(tx, page.id, page.version, rendered.links);
    }
  }
}
