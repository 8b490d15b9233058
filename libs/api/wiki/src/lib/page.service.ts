import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@pnyx/api/core/database';
import { Outbox, OutboxRelay } from '@pnyx/api/core/events';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { FollowRepository } from '@pnyx/api/social';
import { SpaceException } from '@pnyx/api/spaces';
import { DomainEventType, decodeId } from '@pnyx/shared/contracts';
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
    private readonly tx: TransactionRunner,
    private readonly pages: PageRepository,
    private readonly pageAccess: PageAccess,
    private readonly writer: PageWriter,
    private readonly follows: FollowRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** A new page (or template) with version 1; members only. The author watches it. */
  async create(user: AuthUser, input: CreatePageInput): Promise<PageEntity> {
    const page = await this.tx.run((tx) => this.createIn(tx, user, input));
    this.relay.nudge();
    return page;
  }

  /** `create` inside the caller's transaction (e.g. furnishing a space being created). */
  async createIn(tx: Tx, user: AuthUser, input: CreatePageInput): Promise<PageEntity> {
    const decodedSpace = decodeId(input.spaceId);
    if (!decodedSpace || decodedSpace.type !== 'Space') throw SpaceException.spaceNotFound('spaceId');
    const title = validateTitle(input.title);
    let body = validateBody(input.body);
    const labels = validateLabels(input.labels ?? []);
    const isTemplate = input.isTemplate === true;
    const parentId = input.parentId ? pageUuid(input.parentId, 'parentId') : null;
    const templateId = input.templateId ? pageUuid(input.templateId, 'templateId') : null;
    if (isTemplate && parentId) throw WikiException.templateOutsideTree();

    const id = randomUUID();
    const space = await this.pageAccess.requireSpaceMember(user, decodedSpace.id, tx);
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
    await this.outbox.record(tx, {
      type: DomainEventType.PageCreated,
      aggregateType: 'Page',
      aggregateId: id,
      spaceId: space.id,
      actorId: user.id,
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

    const { page, changed } = await this.tx.run(async (tx) => {
      const { page: current, space } = await this.pageAccess.requireEditable(user, id, tx);
      if (current.version !== base) throw WikiException.staleVersion(base, current.version);
      const next = { title: title ?? current.title, body: body ?? current.body };
      const contentChanged = next.title !== current.title || next.body !== current.body;
      let version = current.version;
      if (contentChanged) {
        version = await this.writer.newVersion(tx, space, current, base, { ...next, summary, restoredFrom: null }, user.id);
      } else if (labels) {
        const locked = await this.pages.lockVersion(tx, id);
        if (locked !== base) throw WikiException.staleVersion(base, locked ?? base);
      }
      const labelsChanged = labels ? await this.writer.setLabels(tx, id, labels) : false;
      if (contentChanged) {
        await this.outbox.record(tx, {
          type: DomainEventType.PageUpdated,
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          actorId: user.id,
          payload: { title: next.title, version, previousVersion: base, summary, titleChanged: next.title !== current.title },
        });
      } else if (labelsChanged) {
        await this.outbox.record(tx, {
          type: DomainEventType.PageLabelsChanged,
          aggregateType: 'Page',
          aggregateId: id,
          spaceId: space.id,
          actorId: user.id,
          payload: { labels: labels ?? [] },
        });
      }
      return { page: await this.writer.reload(tx, id), changed: contentChanged || labelsChanged };
    });
    if (changed) this.relay.nudge();
    return page;
  }
}
