import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { UseCase } from '@pnyx/api/core/events';
import { SpaceLifecycle, type SpaceEntity } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import { PageService } from './page.service';

/**
 * Every new space starts with the default templates ("Meeting notes",
 * "Decision record", "How-to") in its templates area, written by its creator
 * in the transaction that creates the space.
 */
@Injectable()
export class SpaceTemplates implements OnModuleInit {
  constructor(
    private readonly lifecycle: SpaceLifecycle,
    private readonly pages: PageService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onCreated((uc, space) => this.addDefaults(uc, space));
  }

  async addDefaults(uc: UseCase, space: SpaceEntity): Promise<void> {
    const creator = uc.viewer;
    if (!creator) throw new Error('A space is created by someone');
    for (const template of DEFAULT_TEMPLATES) {
      await this.pages.createIn(uc, creator, {
        spaceId: encodeId('Space', space.id),
        title: template.title,
        body: template.body,
        labels: template.labels,
        isTemplate: true,
      });
    }
  }
}
