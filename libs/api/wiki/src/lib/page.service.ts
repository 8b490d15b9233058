import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork, type UseCase } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { FollowRepository } from '@pnyx/api/social';
import { spaceUuid } from '@pnyx/api/spaces';
import type { CreatePageInput } from './create-page.input';
import { PageAccess } from './page-access';
import { validateBody, validateLabels, validateSummary, validateTitle } from './page-input.validation';
import type { PageEntity } from './page.entity';
import { pageUuid } from './page.mapper';
import { PageRepository } from './page.repository';
import { PageWriter } from './page-writer';
import type { UpdatePageInput } from './update-page.input';
import { WikiException } from './wiki.exception';

/** Creating and editing pages. */
@Injectable()
export class PageService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly pages: PageRepository,
    private readonly pageAccess: PageAccess,
    private readonly writer: PageWriter,
    private readonly follows: FollowRepository,
  ) {}

  /** A new page (or template) with version 1; members only. The author watches it. */
  create(user: AuthUser, input: CreatePageInput): Promise<PageEntity> {
    return this.uow.run(user, (uc) => this.createIn(uc, user, input));
  }

  /** `create` inside the caller's use case (e.g. furnishing a space being created). */
  async createIn(uc: UseCase, user: AuthUser, input: CreatePageInput): Promise<PageEntity> {
    const tx = uc.tx;
    const spaceId = spaceUuid(input.spaceId);
    const title = validateTitle(input.title);
    let body = validateBody(input.body);
    const labels = validateLabels(input.labels ?? []);
    const isTemplate = input.isTemplate === true;
    const parentId = input.parentId ? pageUuid(input.parentId, 'parentId') : null;
    const templateId = input.templateId ? pageUuid(input.templateId, 'templateId') : null;
    if (isTemplate && parentId) throw WikiException.templateOutsideTree();

    const id = randomUUID();
    const space = await this.pageAccess.requireCreatable(user, spaceId, tx);
    if (parentId) await this.pageAccess.requireParent(user, parentId, space.id, tx);
    const allLabels = new Set(labels);
    if (templateId) {
      const template = await this.pages.findLive(tx, templateId);
      if (!template || !template.isTemplate || template.spaceId !== space.id) throw WikiException.notATemplate();
      if (!body.trim()) body = template.body;
      for (const label of await this.writer.labelsOf(tx, template.id)) allLabels.add(label);
    }
    await this.pages.lockTree(tx, space.id);
    const position = isTemplate ? 0 : await this.pages.nextPosition(tx, space.id, parentId);
    await this.writer.create(tx, space, { id, parentId, position, title, body, isTemplate, labels: validateLabels([...allLabels]) }, user.id);
    await this.follows.add(tx, user.id, 'Page', id);
    const created = await this.writer.reload(tx, id);
    await uc.record({
      type: 'page.created',
      aggregateType: 'Page',
      aggregateId: id,
      spaceId: space.id,
      payload: { title, slug: created.slug, version: 1, parentId, isTemplate, templateId },
    });
    return created;
  }

  /**
   * Saves an edit made on `baseVersion`. A stale base fails with CONFLICT and
   * writes nothing; the check is the guarded UPDATE, so of concurrent saves on
   * one base exactly one wins. Labels alone change no version.
   */
  async update(user: AuthUser, input: UpdatePageInput): Promise<PageEntity> {
    const id = pageUuid(input.id, 'id');
    const base = input.baseVersion;
    if (!Number.isInteger(base) || base < 1) throw DomainException.badInput('baseVersion', 'baseVersion must be a version of the page');
    const title = input.title === null || input.title === undefined ? null : validateTitle(input.title);
    const body = input.body === null || input.body === undefined ? null : validateBody(input.body);
    const summary = validateSummary(input.summary);
    const labels = input.labels === null || input.labels === undefined ? null : validateLabels(input.labels);

    return this.uow.run(user, async (uc) => {
      const tx = uc.tx;
      const { page: current, space } = await this.pageAccess.requireEditable(user, id, tx);
      if (current.version !== base) throw WikiException.staleVersion(base, current.version);
      const next = { title: title ?? current.title, body: body ?? current.body };
      const contentChanged = next.title !== current.title || next.body !== current.body;
      let version = current.version;
      let saved: PageEntity | null = null;
      if (contentChanged) {
        saved = await this.writer.saveVersion(tx, space, current, base, { ...next, summary, restoredFrom: null }, user.id);
        version = saved.version;
      } else if (labels) {
        // No version is written: the row lock is the check, against a save or delete that landed since the read above.
        const locked = await this.pages.lockVersion(tx, id);
        if (locked === null) throw WikiException.pageNotFound('id');
        if (locked !== base) throw WikiException.staleVersion(base, locked);
      }
      const labelsChanged = labels ? await this.writer.setLabels(tx, id, labels) : false;
      if (contentChanged) {
        await uc.record({
          type: 'page.updated',
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          payload: { title: next.title, version, previousVersion: base, summary, titleChanged: next.title !== current.title },
        });
      } else if (labelsChanged) {
        await uc.record({
          type: 'page.labels_changed',
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          payload: { labels: labels ?? [] },
        });
      }
      return saved ?? this.writer.reload(tx, id);
    });
  }
}
